// The task types `stevedore-build`, `stevedore-run` and `stevedore-compose` (package.json's taskDefinitions):
// their definitions and the docker / compose argv each runs. Never a shell string.
import * as path from 'node:path';
import type { BuildCli } from '../engine/buildCli';

export interface BuildTaskDefinition {
  type: 'stevedore-build';
  /** image tag, e.g. shop:dev */
  tag: string;
  /** Dockerfile path, relative to the workspace folder (default Dockerfile) */
  dockerfile?: string;
  /** build context, relative to the workspace folder (default: the Dockerfile's directory) */
  context?: string;
  target?: string;
  buildArgs?: Record<string, string>;
}

export interface RunTaskDefinition {
  type: 'stevedore-run';
  image: string;
  /** container name (replaced if it exists: `--replace` semantics via rm -f first) */
  name?: string;
  /** -p values, e.g. "127.0.0.1:3000:3000" */
  ports?: string[];
  env?: Record<string, string>;
  /** argv after the image */
  command?: string[];
  /** default true: the task ends once the container started */
  detached?: boolean;
}

export type ComposeTaskCommand = 'up' | 'down' | 'build' | 'restart' | 'stop' | 'start' | 'pull';
export interface ComposeTaskDefinition {
  type: 'stevedore-compose';
  command: ComposeTaskCommand;
  /** compose file, relative to the workspace folder (default compose.yaml) */
  file?: string;
  services?: string[];
  /** up: --build */
  build?: boolean;
}

export type TaskDefinition = BuildTaskDefinition | RunTaskDefinition | ComposeTaskDefinition;

/**
 * The build task's command line: with the CLI that builds with BuildKit here (`buildx build --load`, or the
 * built-in BuildKit of a CLI before 23.0), else the classic builder of the `docker` on PATH, and why.
 */
export function buildCommand(
  d: BuildTaskDefinition,
  root: string,
  cli: Pick<BuildCli, 'command' | 'prefix' | 'kind' | 'env'> | undefined,
): { dockerfile: string; command: string; argv: string[]; env: Record<string, string>; classic?: string } {
  const dockerfile = path.resolve(root, d.dockerfile ?? 'Dockerfile');
  const context = d.context !== undefined ? path.resolve(root, d.context) : path.dirname(dockerfile);
  const flags = ['--progress=plain', '-f', dockerfile, '-t', d.tag];
  if (d.target) flags.push('--target', d.target);
  for (const [k, v] of Object.entries(d.buildArgs ?? {})) flags.push('--build-arg', `${k}=${v}`);
  if (!cli)
    return {
      dockerfile,
      command: 'docker',
      argv: ['build', ...flags.slice(1), context],
      env: { DOCKER_BUILDKIT: '0' },
      classic: 'no docker CLI here builds with BuildKit (buildx, or docker before 23.0): the classic builder runs',
    };
  const load = cli.kind === 'buildx' ? ['--load'] : [];
  return { dockerfile, command: cli.command, argv: [...cli.prefix, ...flags, ...load, context], env: cli.env };
}

export function runArgv(d: RunTaskDefinition): string[] {
  const argv = ['run', ...(d.detached === false ? ['--rm'] : ['-d'])];
  if (d.name) argv.push('--name', d.name);
  for (const p of d.ports ?? []) argv.push('-p', p);
  for (const [k, v] of Object.entries(d.env ?? {})) argv.push('-e', `${k}=${v}`);
  argv.push('--', d.image, ...(d.command ?? []));
  return argv;
}

/** Checks a definition read from tasks.json; the message names the field and what it takes. */
export function definitionProblem(d: Record<string, unknown>): string | undefined {
  switch (d.type) {
    case 'stevedore-build':
      return typeof d.tag === 'string' && d.tag ? undefined : 'stevedore-build needs "tag" (e.g. "app:dev")';
    case 'stevedore-run':
      return typeof d.image === 'string' && d.image ? undefined : 'stevedore-run needs "image" (e.g. "app:dev")';
    case 'stevedore-compose':
      return ['up', 'down', 'build', 'restart', 'stop', 'start', 'pull'].includes(String(d.command))
        ? undefined
        : 'stevedore-compose needs "command": up, down, build, restart, stop, start or pull';
    default:
      return `unknown task type ${String(d.type)}`;
  }
}
