import { describe, expect, it } from 'vitest';
import type { LogChunk } from '../engine/actionsTypes';
import { parseDetails, taskNamer, withTaskPrefixes } from './logPrefix';
import type { SwarmSnapshot } from './model';
import { toNode, toService, toTask } from './records';

const snapshot: SwarmSnapshot = {
  nodes: [toNode({ ID: 'node1', Description: { Hostname: 'w1' } })],
  services: [toService({ ID: 'svc1', Spec: { Name: 'web_front' } })],
  tasks: [toTask({ ID: 'task1', ServiceID: 'svc1', Slot: 2, NodeID: 'node1' })],
  secrets: [],
  configs: [],
};
const labels = 'com.docker.swarm.node.id=node1,com.docker.swarm.service.id=svc1,com.docker.swarm.task.id=task1';

async function collect(chunks: LogChunk[]): Promise<string[]> {
  async function* src() {
    yield* chunks;
  }
  const out: string[] = [];
  for await (const c of withTaskPrefixes(
    src(),
    taskNamer(() => snapshot),
  ))
    out.push(`${c.stream}:${c.data}`);
  return out;
}

describe('service log prefixes (unit)', () => {
  it('parses the labels, with or without a timestamp before them', () => {
    expect(parseDetails(`${labels} hello world`)).toEqual({
      labels: {
        'com.docker.swarm.node.id': 'node1',
        'com.docker.swarm.service.id': 'svc1',
        'com.docker.swarm.task.id': 'task1',
      },
      time: '',
      rest: 'hello world',
    });
    expect(parseDetails(`2026-01-01T00:00:00.000000000Z ${labels} hi`)?.time).toBe('2026-01-01T00:00:00.000000000Z ');
    expect(parseDetails('plain line, no labels')).toBeUndefined();
  });

  it('prefixes whole lines per stream, joining lines split across chunks', async () => {
    const chunk = (stream: 'stdout' | 'stderr', s: string): LogChunk => ({ stream, data: Buffer.from(s) });
    expect(
      await collect([
        chunk('stdout', `${labels} one\n${labels} tw`),
        chunk('stderr', `${labels} oops\n`),
        chunk('stdout', `o\ncom.docker.swarm.task.id=gone last`),
      ]),
    ).toEqual([
      'stdout:[web_front.2@w1] one\n',
      'stderr:[web_front.2@w1] oops\n',
      'stdout:[web_front.2@w1] two\n',
      'stdout:[gone] last',
    ]);
  });
});
