import { describe, expect, it } from 'vitest';
import type { SwarmReads } from '../engine/swarm';
import type { EngineEvent } from '../engine/types';
import { partsFor, SwarmModel } from './model';

const ev = (type: string, attributes: Record<string, string> = {}): EngineEvent => ({
  type,
  action: 'update',
  id: 'x',
  attributes,
  time: 0,
  timeNano: 0,
});
const service = (name: string, running: number, desired: number, stack?: string) => ({
  ID: name,
  Spec: {
    Name: name,
    Labels: stack ? { 'com.docker.stack.namespace': stack } : {},
    Mode: { Replicated: { Replicas: desired } },
  },
  ServiceStatus: { RunningTasks: running, DesiredTasks: desired },
});

function fakeReads(state: { services: unknown[]; tasks: unknown[] }) {
  const calls: string[] = [];
  const reads: SwarmReads = {
    nodes: async () => (calls.push('nodes'), []),
    services: async () => (calls.push('services'), state.services as never),
    tasks: async () => (calls.push('tasks'), state.tasks as never),
    secrets: async () => (calls.push('secrets'), []),
    configs: async () => (calls.push('configs'), []),
    state: async () => ({ localState: 'active', controlAvailable: true, nodeId: 'n', clusterId: 'c' }),
  };
  return { reads, calls };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SwarmModel', () => {
  it('maps events to the parts they touch', () => {
    expect(partsFor(ev('service'))).toEqual(['services', 'tasks']);
    expect(partsFor(ev('secret'))).toEqual(['secrets']);
    expect(partsFor(ev('container'))).toEqual([]);
    expect(partsFor(ev('container', { 'com.docker.swarm.service.id': 's' }))).toEqual(['services', 'tasks']);
    expect(partsFor(ev('image'))).toEqual([]);
  });

  it('groups services by stack, the stackless last', async () => {
    const { reads } = fakeReads({
      services: [
        service('b_x', 1, 1, 'b'),
        service('solo', 1, 1),
        service('a_y', 1, 1, 'a'),
        service('a_x', 1, 1, 'a'),
      ],
      tasks: [],
    });
    const m = new SwarmModel(reads);
    await m.load();
    expect(m.stacks().map((g) => [g.name, g.services.map((s) => s.name)])).toEqual([
      ['a', ['a_x', 'a_y']],
      ['b', ['b_x']],
      ['', ['solo']],
    ]);
    m.dispose();
  });

  it('reloads only what a burst of events touches, once, and stays quiet when settled', async () => {
    const state = {
      services: [service('s', 1, 1)],
      tasks: [{ ServiceID: 's', DesiredState: 'running', Status: { State: 'running' } }],
    };
    const { reads, calls } = fakeReads(state);
    const m = new SwarmModel(reads, { debounceMs: 5, settlePollMs: 5 });
    await m.load();
    calls.length = 0;
    for (let i = 0; i < 10; i++) m.handleEvent(ev('secret'));
    await tick(40);
    expect(calls).toEqual(['secrets']);
    calls.length = 0;
    await tick(40);
    expect(calls).toEqual([]); // no polling while settled
    m.dispose();
  });

  it('while a service is short of tasks, re-reads services and tasks until it settles, then stops', async () => {
    const state = { services: [service('s', 0, 2)], tasks: [] as unknown[] };
    const { reads, calls } = fakeReads(state);
    const m = new SwarmModel(reads, { debounceMs: 5, settlePollMs: 5 });
    const seen: number[] = [];
    m.onChange((s) => seen.push(s.services[0]?.running ?? -1));
    await m.load();
    await tick(30);
    state.services = [service('s', 2, 2)];
    state.tasks = [1, 2].map(() => ({ ServiceID: 's', DesiredState: 'running', Status: { State: 'running' } }));
    await tick(40);
    expect(seen.at(-1)).toBe(2);
    calls.length = 0;
    await tick(40);
    expect(calls).toEqual([]);
    m.dispose();
  });

  it('an event is not held back by a slow settle poll already scheduled', async () => {
    const { reads, calls } = fakeReads({ services: [service('s', 0, 2)], tasks: [] });
    const m = new SwarmModel(reads, { debounceMs: 5, settlePollMs: 60_000 });
    await m.load();
    calls.length = 0;
    m.handleEvent(ev('secret'));
    await tick(40);
    expect(calls).toContain('secrets');
    m.dispose();
  });

  it('reports a failed read and keeps the last snapshot', async () => {
    const { reads } = fakeReads({ services: [service('s', 1, 1)], tasks: [] });
    const m = new SwarmModel({ ...reads, nodes: () => Promise.reject(new Error('engine gone')) });
    const errors: string[] = [];
    m.onError((e) => errors.push(e.message));
    await m.load();
    expect(errors).toEqual(['engine gone']);
    expect(m.snapshot.services).toEqual([]);
    m.dispose();
  });
});
