import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { allocatedPort, toActionError } from './actionsErrors';
import { parseProgress, splitReference, streamError } from './actionsImages';
import { PullProgress } from '../commands/pullProgress';
import { rfc3339ToSince } from './actionsLogs';
import { computeStats } from './actionsStats';
import { demux, jsonLines } from './actionsStreams';

function frame(type: number, text: string): Buffer {
  const body = Buffer.from(text);
  const h = Buffer.alloc(8);
  h[0] = type;
  h.writeUInt32BE(body.length, 4);
  return Buffer.concat([h, body]);
}

describe('engine stream parsing (unit)', () => {
  it('demuxes frames split at any byte', async () => {
    const all = Buffer.concat([frame(1, 'out1\n'), frame(2, 'err1\n'), frame(1, 'out2\n')]);
    for (let cut = 1; cut < all.length; cut++) {
      const chunks = [];
      for await (const c of demux(Readable.from([all.subarray(0, cut), all.subarray(cut)])))
        chunks.push([c.stream, c.data.toString()]);
      expect(chunks).toEqual([
        ['stdout', 'out1\n'],
        ['stderr', 'err1\n'],
        ['stdout', 'out2\n'],
      ]);
    }
  });

  it('parses JSON lines across chunks, keeping non-JSON text', async () => {
    const out = [];
    for await (const v of jsonLines(Readable.from(['{"a":1}\n{"b"', ':2}\nplain\n']))) out.push(v);
    expect(out).toEqual([{ a: 1 }, { b: 2 }, { text: 'plain' }]);
  });

  it('parses pull progress and errors', () => {
    expect(parseProgress({ status: 'Downloading', id: 'abc', progressDetail: { current: 5, total: 10 } })).toEqual({
      status: 'Downloading',
      id: 'abc',
      current: 5,
      total: 10,
    });
    expect(parseProgress({ errorDetail: { message: 'unauthorized' }, error: 'unauthorized' }).error).toBe(
      'unauthorized',
    );
    expect(splitReference('localhost:5000/a/b:1')).toEqual({ repo: 'localhost:5000/a/b', tag: '1' });
    expect(splitReference('localhost:5000/a')).toEqual({ repo: 'localhost:5000/a', tag: 'latest' });
    expect(splitReference('a@sha256:ff')).toEqual({ repo: 'a', tag: 'sha256:ff' });
  });

  it('follows a recorded pull stream to completion', async () => {
    const recorded = [
      '{"status":"Pulling from library/alpine","id":"3.20"}',
      '{"status":"Pulling fs layer","progressDetail":{},"id":"c6a83fedfae6"}',
      '{"status":"Downloading","progressDetail":{"current":31035,"total":3623807},"progress":"[>   ]","id":"c6a83fedfae6"}',
      '{"status":"Downloading","progressDetail":{"current":3623807,"total":3623807},"id":"c6a83fedfae6"}',
      '{"status":"Extracting","progressDetail":{"current":65536,"total":3623807},"id":"c6a83fedfae6"}',
      '{"status":"Pull complete","progressDetail":{},"id":"c6a83fedfae6"}',
      '{"status":"Digest: sha256:0123"}',
      '{"status":"Status: Downloaded newer image for alpine:3.20"}',
    ].join('\n');
    const p = new PullProgress();
    const fractions: number[] = [];
    for await (const msg of jsonLines(Readable.from([recorded.slice(0, 100), recorded.slice(100)]))) {
      p.update(parseProgress(msg));
      fractions.push(p.fraction);
    }
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(p.lastStatus).toBe('Status: Downloaded newer image for alpine:3.20');
    const denied = streamError('unauthorized: authentication required', 'Push me/app:1');
    expect(denied.kind).toBe('permission');
    expect(denied.message).toMatch(/Log in to the registry first/);
  });

  it('computes stats like docker stats (cgroup v1 and v2)', () => {
    const raw = {
      read: '2024-01-01T00:00:01Z',
      cpu_stats: { cpu_usage: { total_usage: 2_000_000 }, system_cpu_usage: 20_000_000, online_cpus: 2 },
      precpu_stats: { cpu_usage: { total_usage: 1_000_000 }, system_cpu_usage: 10_000_000 },
      memory_stats: { usage: 100, limit: 1000, stats: { total_inactive_file: 20 } },
      networks: { eth0: { rx_bytes: 5, tx_bytes: 6 }, eth1: { rx_bytes: 1, tx_bytes: 1 } },
      blkio_stats: {
        io_service_bytes_recursive: [
          { op: 'Read', value: 7 },
          { op: 'Write', value: 8 },
          { op: 'read', value: 1 },
        ],
      },
      pids_stats: { current: 4 },
    };
    expect(computeStats(raw)).toEqual({
      time: raw.read,
      cpuPercent: 20,
      memUsage: 80,
      memLimit: 1000,
      memPercent: 8,
      netRx: 6,
      netTx: 7,
      blockRead: 8,
      blockWrite: 8,
      pids: 4,
    });
    expect(
      computeStats({ ...raw, memory_stats: { usage: 100, limit: 1000, stats: { inactive_file: 50 } } }).memUsage,
    ).toBe(50);
    expect(computeStats({}).cpuPercent).toBe(0);
  });

  it('turns StartedAt into the since format of the engine without losing nanoseconds', () => {
    expect(rfc3339ToSince('2024-05-01T10:00:00.123456789Z')).toBe('1714557600.123456789');
    expect(rfc3339ToSince('2024-05-01T12:00:00.5+02:00')).toBe('1714557600.500000000');
    expect(rfc3339ToSince('0001-01-01T00:00:00Z')).toBe('-62135596800.000000000');
    expect(rfc3339ToSince('garbage')).toBeUndefined();
  });

  it('words engine errors', () => {
    const inUse = {
      statusCode: 409,
      json: {
        message:
          'Conflict. The container name "/web" is already in use by container "0123456789abcdef". You have to remove (or rename) that container to be able to reuse that name.',
      },
    };
    expect(toActionError(inUse, 'Create container web').message).toBe(
      'Create container web failed: the name "web" is already in use by container 0123456789ab. Remove or rename that container, or choose another name.',
    );
    expect(toActionError({ code: 'ENOENT', message: 'connect ENOENT /x.sock' }, 'Stop container a').kind).toBe(
      'unreachable',
    );
    expect(
      allocatedPort({
        json: {
          message:
            'driver failed programming external connectivity on endpoint x: Bind for 0.0.0.0:8080 failed: port is already allocated',
        },
      }),
    ).toEqual({ ip: '0.0.0.0', port: 8080 });
  });
});
