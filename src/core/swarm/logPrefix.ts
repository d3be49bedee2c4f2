// Service logs carry each task's labels at the start of every line (`details=true`); this turns them into a short
// "name.slot@host" prefix the log view shows, line by line per stream (a line may arrive split across chunks).
import type { LogChunk } from '../engine/actionsTypes';
import type { SwarmSnapshot } from './model';

// with timestamps the engine writes "<time> <labels> <text>"
const DETAILS = /^(\d{4}-\d\d-\d\dT\S+ )?((?:[\w.-]+=[^,\s]*,?)+) /;

export interface TaskNames {
  /** "web_front.2@worker1" for a task id, from the current snapshot */
  (labels: Record<string, string>): string;
}

export function taskNamer(snapshot: () => SwarmSnapshot): TaskNames {
  return (labels) => {
    const s = snapshot();
    const taskId = labels['com.docker.swarm.task.id'] ?? '';
    const nodeId = labels['com.docker.swarm.node.id'] ?? '';
    const task = s.tasks.find((t) => t.id === taskId);
    const service = s.services.find((x) => x.id === (task?.serviceId ?? labels['com.docker.swarm.service.id']));
    const host = s.nodes.find((n) => n.id === nodeId)?.hostname || nodeId.slice(0, 12);
    const name = service ? `${service.name}.${task?.slot || taskId.slice(0, 12)}` : taskId.slice(0, 12);
    return host ? `${name}@${host}` : name;
  };
}

export function parseDetails(text: string): { labels: Record<string, string>; time: string; rest: string } | undefined {
  const m = DETAILS.exec(text);
  if (!m?.[2]) return undefined;
  const labels: Record<string, string> = {};
  for (const pair of m[2].split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) labels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { labels, time: m[1] ?? '', rest: text.slice(m[0].length) };
}

/** Rewrites whole lines: "<labels> text" → "[name.slot@host] text"; partial lines wait for their end. */
export async function* withTaskPrefixes(chunks: AsyncIterable<LogChunk>, name: TaskNames): AsyncGenerator<LogChunk> {
  const partial = { stdout: '', stderr: '' } as Record<string, string>;
  const prefix = (line: string) => {
    const d = parseDetails(line);
    return d ? `${d.time}[${name(d.labels)}] ${d.rest}` : line;
  };
  for await (const c of chunks) {
    const text = (partial[c.stream] ?? '') + c.data.toString('utf8');
    const cut = text.lastIndexOf('\n');
    partial[c.stream] = text.slice(cut + 1);
    if (cut < 0) continue;
    const lines = text.slice(0, cut).split('\n').map(prefix);
    yield { stream: c.stream, data: Buffer.from(`${lines.join('\n')}\n`) };
  }
  for (const [stream, rest] of Object.entries(partial))
    if (rest) yield { stream: stream as LogChunk['stream'], data: Buffer.from(prefix(rest)) };
}
