// Live container stats, computed the way `docker stats` computes them.
import type { Engine } from './engine';
import { display } from './actionsContainers';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { destroyOnAbort, jsonLines, untilAborted } from './actionsStreams';
import type { StatsSample } from './actionsTypes';
import { pathSegment } from './pathSegment';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** One raw GET /containers/{id}/stats message → the figures `docker stats` shows (Linux containers). */
export function computeStats(raw: Raw): StatsSample {
  const cpu = raw?.cpu_stats ?? {};
  const pre = raw?.precpu_stats ?? {};
  const cpuDelta = num(cpu.cpu_usage?.total_usage) - num(pre.cpu_usage?.total_usage);
  const systemDelta = num(cpu.system_cpu_usage) - num(pre.system_cpu_usage);
  const online =
    num(cpu.online_cpus) || (Array.isArray(cpu.cpu_usage?.percpu_usage) ? cpu.cpu_usage.percpu_usage.length : 0) || 1;
  const cpuPercent = cpuDelta > 0 && systemDelta > 0 ? (cpuDelta / systemDelta) * online * 100 : 0;

  const mem = raw?.memory_stats ?? {};
  const usage = num(mem.usage);
  // cgroup v1 reports total_inactive_file, v2 inactive_file; docker CLI subtracts it as "cache"
  const s = mem.stats ?? {};
  const inactive = 'total_inactive_file' in s ? num(s.total_inactive_file) : num(s.inactive_file);
  const memUsage = inactive < usage ? usage - inactive : usage;
  const memLimit = num(mem.limit);

  let netRx = 0;
  let netTx = 0;
  for (const n of Object.values<Raw>(raw?.networks ?? {})) {
    netRx += num(n?.rx_bytes);
    netTx += num(n?.tx_bytes);
  }
  let blockRead = 0;
  let blockWrite = 0;
  for (const e of (raw?.blkio_stats?.io_service_bytes_recursive ?? []) as Raw[]) {
    const op = String(e?.op ?? '').toLowerCase();
    if (op === 'read') blockRead += num(e.value);
    else if (op === 'write') blockWrite += num(e.value);
  }
  return {
    time: String(raw?.read ?? new Date().toISOString()),
    cpuPercent,
    memUsage,
    memLimit,
    memPercent: memLimit > 0 ? (memUsage / memLimit) * 100 : 0,
    netRx,
    netTx,
    blockRead,
    blockWrite,
    pids: num(raw?.pids_stats?.current),
  };
}

/** A sample about every second until `signal` aborts or the container stops. */
export async function* containerStats(engine: Engine, id: string, signal?: AbortSignal): AsyncGenerator<StatsSample> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = (await dockerOf(engine)
      .getContainer(pathSegment('container', id))
      .stats({ stream: true, abortSignal: signal } as never)) as unknown as NodeJS.ReadableStream;
  } catch (err) {
    if (signal?.aborted) return;
    throw toActionError(err, `Stats of ${display(id)}`);
  }
  const off = destroyOnAbort(stream, signal);
  try {
    for await (const raw of untilAborted(
      jsonLines(stream as unknown as AsyncIterable<Buffer>),
      signal,
      `Stats of ${display(id)}`,
    )) {
      // a stopped container keeps sending empty samples (read = 0001-01-01); that is the end
      if (!raw.cpu_stats || String(raw.read ?? '').startsWith('0001-')) continue;
      yield computeStats(raw);
    }
  } finally {
    off();
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}
