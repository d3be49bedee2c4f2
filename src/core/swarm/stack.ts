// Stacks: deploy and remove through `docker stack deploy|rm` (argv arrays, never a shell string), then follow the
// stack's services until every one has its desired tasks running or one task fails.
//
// Why the CLI and not the Engine API from our compose model: `docker stack deploy` is the reference conversion of
// a compose file to service specs (stack-prefixed networks, secrets and configs from files, deploy keys, the
// com.docker.stack.* labels, `--prune`, warnings for ignored keys). A second converter here would drift from the
// one users run in CI; the CLI shipped with the engine (/usr/bin/docker on Debian) matches its API exactly.
import { existsSync } from 'node:fs';
import { execArgv, type Exec } from '../compose/cli';
import type { SwarmReads } from '../engine/swarm';
import type { ResolvedEndpoint } from '../engine/types';
import { STACK_LABEL, taskProblem, toService, toTask, type SwarmService, type SwarmTask } from './records';

/** The docker CLI that matches the engine where there is one (Debian's docker.io), else the one in PATH. */
export const dockerCli = (): string => (existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker');

/** Global CLI flags that point the CLI at the endpoint the window uses. */
export function endpointArgs(ep: Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>): string[] {
  // a context carries its TLS material and ssh settings; a plain host does not need any
  if (ep.context && ep.context !== 'default' && /^(context|DOCKER_CONTEXT|config)$/.test(ep.source))
    return ['--context', ep.context];
  return ep.host ? ['-H', ep.host] : [];
}

export interface StackDeployOptions {
  name: string;
  files: string[];
  /** `always` (the CLI's default) asks the registry for each image's digest; `never` uses the tags as given */
  resolveImage?: 'always' | 'changed' | 'never';
  /** remove services the files no longer name */
  prune?: boolean;
}

const STACK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function stackDeployArgv(ep: Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>, o: StackDeployOptions) {
  if (!STACK_NAME.test(o.name))
    throw new Error(`"${o.name}" is not a stack name: use letters, digits, '_', '.' or '-', starting with a letter.`);
  if (!o.files.length) throw new Error('Deploy stack: no compose file given.');
  return [
    ...endpointArgs(ep),
    'stack',
    'deploy',
    ...o.files.flatMap((f) => ['--compose-file', f]),
    ...(o.resolveImage ? ['--resolve-image', o.resolveImage] : []),
    ...(o.prune ? ['--prune'] : []),
    o.name,
  ];
}

export function stackRemoveArgv(ep: Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>, name: string) {
  if (!STACK_NAME.test(name)) throw new Error(`"${name}" is not a stack name.`);
  return [...endpointArgs(ep), 'stack', 'rm', name];
}

async function run(argv: string[], what: string, env?: NodeJS.ProcessEnv, exec: Exec = execArgv): Promise<string> {
  const r = await exec(dockerCli(), argv, env);
  if (r.code !== 0) {
    const why = (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ') || `exit code ${r.code}`;
    // the 20.10 CLI reads a file without `version:` as the old v1 format, which stacks never supported
    const hint = /unsupported Compose file version: 1\.0/.test(why)
      ? " This docker CLI needs a `version: '3.8'` line at the top of the compose file for a stack (CLI 23 and later do not)."
      : '';
    throw new Error(`${what} failed: ${why}${hint}`);
  }
  return r.stdout;
}

export function deployStack(
  ep: ResolvedEndpoint,
  o: StackDeployOptions & { env?: NodeJS.ProcessEnv },
  exec?: Exec,
): Promise<string> {
  return run(stackDeployArgv(ep, o), `Deploy stack ${o.name}`, o.env, exec);
}

export function removeStack(ep: ResolvedEndpoint, name: string, exec?: Exec): Promise<string> {
  return run(stackRemoveArgv(ep, name), `Remove stack ${name}`, undefined, exec);
}

export interface StackProgress {
  services: SwarmService[];
  converged: boolean;
  /** a task of the stack that failed since the wait began, with its error */
  failed?: { service: string; task: SwarmTask };
  /** tasks meant to run that do not yet, with the scheduler's reason ("web: no suitable node (…)"), one per service */
  waiting: string[];
}

/** One look at a stack: its services' counts and the newest failed task since `since` (ISO time). */
export async function stackProgress(reads: SwarmReads, name: string, since = ''): Promise<StackProgress> {
  const filter = { label: [`${STACK_LABEL}=${name}`] };
  const [rawServices, rawTasks] = await Promise.all([reads.services(filter), reads.tasks(filter)]);
  const services = rawServices.map(toService);
  const tasks = rawTasks.map(toTask);
  const bad = tasks
    .filter((t) => (t.state === 'failed' || t.state === 'rejected') && t.updatedAt >= since)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const converged =
    services.length > 0 &&
    services.every((s) => s.running === s.desired && !/^(updating|rollback_started)$/.test(s.updateState));
  const waiting = new Map<string, string>();
  for (const t of tasks) {
    const why = t.state === 'failed' || t.state === 'rejected' ? '' : taskProblem(t);
    const name = services.find((x) => x.id === t.serviceId)?.name;
    if (why && name && !waiting.has(name)) waiting.set(name, `${name}: ${why}`);
  }
  return {
    services,
    converged,
    waiting: [...waiting.values()],
    failed: bad && { service: services.find((s) => s.id === bad.serviceId)?.name ?? bad.serviceId, task: bad },
  };
}

/**
 * Follow a stack until it converges (resolves) or a task fails (rejects with that task's error). The engine emits
 * no task events, so this reads the stack's services and tasks every `intervalMs` until done, cancelled or timed out.
 */
export async function waitForStack(
  reads: SwarmReads,
  name: string,
  o: {
    signal?: AbortSignal;
    intervalMs?: number;
    timeoutMs?: number;
    onProgress?: (p: StackProgress) => void;
    /** ISO time the deploy began: failures before it are old news (default: a second ago) */
    since?: string;
  } = {},
): Promise<StackProgress> {
  const since = o.since ?? new Date(Date.now() - 1000).toISOString();
  const deadline = Date.now() + (o.timeoutMs ?? 120_000);
  for (;;) {
    if (o.signal?.aborted) throw new Error(`Stopped waiting for stack ${name}; the engine carries on deploying it.`);
    const p = await stackProgress(reads, name, since);
    o.onProgress?.(p);
    if (p.converged) return p;
    if (p.failed)
      throw new Error(
        `Stack ${name}: a task of ${p.failed.service} failed: ${p.failed.task.error || p.failed.task.message}`,
      );
    if (Date.now() > deadline) {
      const behind = p.services
        .filter((s) => s.running !== s.desired)
        .map((s) => `${s.name} ${s.running}/${s.desired}`);
      const why = p.waiting.length ? ` Waiting: ${p.waiting.join('; ')}.` : '';
      throw new Error(`Stack ${name} did not converge in time (${behind.join(', ') || 'no services yet'}).${why}`);
    }
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 500));
  }
}
