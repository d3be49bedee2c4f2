// The compose command line: which CLI there is (`docker compose` v2, else `docker-compose` v1), which files and
// project a click on a compose file means, and argv arrays for every verb. Never a shell string.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { defaultProjectFiles, DEFAULT_COMPOSE_FILES, isOverrideFileName } from './files';
import { composeEnv, nodeHost } from './project';

export interface ComposeCli {
  /** executable, e.g. "docker" or "docker-compose" */
  command: string;
  /** argv before the compose arguments, e.g. ["compose"] for v2 */
  prefix: string[];
  version: string;
  v2: boolean;
}

export type Exec = (
  cmd: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
) => Promise<{ code: number; stdout: string; stderr: string }>;

export const execArgv: Exec = (cmd, args, env) =>
  new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { env: env ?? process.env, timeout: 15000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 127
          : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr || (err && code === 127 ? err.message : '')) });
      },
    );
  });

/** `docker compose` (v2) when the plugin answers, else `docker-compose` (v1); undefined when neither exists. */
export async function detectComposeCli(
  exec: Exec = execArgv,
  env?: NodeJS.ProcessEnv,
): Promise<ComposeCli | undefined> {
  const v2 = await exec('docker', ['compose', 'version', '--short'], env);
  if (v2.code === 0 && v2.stdout.trim())
    return { command: 'docker', prefix: ['compose'], version: v2.stdout.trim().replace(/^v/, ''), v2: true };
  const v1 = await exec('docker-compose', ['version', '--short'], env);
  if (v1.code === 0 && v1.stdout.trim()) {
    const version = v1.stdout.trim().replace(/^v/, '');
    return { command: 'docker-compose', prefix: [], version, v2: Number(version.split('.')[0]) >= 2 };
  }
  return undefined;
}

/** What one compose invocation works on. */
export interface ComposeProject {
  /** -f files, in order */
  files: string[];
  /** -p; always passed so our view of the project (labels, code lenses) matches what compose creates */
  name: string;
  profiles: string[];
  /** --env-file, in order (absolute) */
  envFiles?: string[];
  /** working directory (the first file's directory) */
  cwd: string;
}

export interface ProjectOptions {
  /** the process environment (default process.env) */
  env?: NodeJS.ProcessEnv;
  exists: (p: string) => boolean;
  /** reads `.env` / the env files (default: the file system) */
  readFile?: (p: string) => string | undefined;
  /** the top-level `name:` of the file */
  name?: string;
  profiles?: string[];
  /** `stevedore.compose.envFile`, absolute */
  envFiles?: string[];
}

/**
 * The files, name and profiles compose would use for a click on `file`. COMPOSE_FILE / COMPOSE_PROJECT_NAME /
 * COMPOSE_PROFILES come from the process environment, else from the env files (`.env`), as compose reads them.
 */
export function projectForFile(file: string, opts: ProjectOptions): ComposeProject {
  const dir = path.dirname(file);
  const host = { env: opts.env ?? process.env, readFile: opts.readFile ?? nodeHost().readFile };
  const { env } = composeEnv(dir, opts.envFiles, host);
  const sep = env('COMPOSE_PATH_SEPARATOR') || (process.platform === 'win32' ? ';' : ':');
  const fromEnv = (env('COMPOSE_FILE') ?? '')
    .split(sep)
    .filter(Boolean)
    .map((f) => path.resolve(dir, f));
  let files: string[];
  if (fromEnv.some((f) => f === path.resolve(file))) files = fromEnv;
  else {
    const defaults = defaultProjectFiles(dir, opts.exists);
    if (defaults.includes(file) || defaults.map((f) => path.resolve(f)).includes(path.resolve(file))) files = defaults;
    else if (
      isOverrideFileName(file) &&
      !DEFAULT_COMPOSE_FILES.includes(path.basename(file) as (typeof DEFAULT_COMPOSE_FILES)[number])
    ) {
      const base = defaults[0];
      files = base ? [base, file] : [file];
    } else files = [file];
  }
  const profiles =
    opts.profiles ??
    (env('COMPOSE_PROFILES') ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  const name = env('COMPOSE_PROJECT_NAME') || opts.name || path.basename(dir);
  return {
    files,
    name: normaliseProjectName(name),
    profiles,
    cwd: dir,
    ...(opts.envFiles?.length ? { envFiles: opts.envFiles } : {}),
  };
}

/** `stevedore.compose.envFile` (a path or a list, relative to the workspace folder, else to the file's directory) → absolute paths. */
export function envFilesSetting(value: unknown, base: string): string[] {
  const list =
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.filter((v): v is string => typeof v === 'string')
        : [];
  return list
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => path.resolve(base, v));
}

export function normaliseProjectName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

export type ComposeVerb = 'up' | 'down' | 'restart' | 'stop' | 'start' | 'pull' | 'build' | 'ps' | 'logs' | 'config';

export interface VerbOptions {
  services?: string[];
  /** up */
  detached?: boolean;
  build?: boolean;
  /** down */
  volumes?: boolean;
  removeOrphans?: boolean;
  /** down: also remove images built for the project ('local') or all images used ('all') */
  rmi?: 'local' | 'all';
  /** logs */
  follow?: boolean;
  tail?: number;
  timestamps?: boolean;
  /** ps */
  all?: boolean;
}

/** Full argv (without the executable) for a verb. */
export function composeArgv(
  cli: ComposeCli,
  project: ComposeProject,
  verb: ComposeVerb,
  o: VerbOptions = {},
): string[] {
  const global: string[] = [...cli.prefix];
  for (const f of project.files) global.push('-f', f);
  global.push('-p', project.name);
  const envFiles = project.envFiles ?? [];
  // docker-compose v1 reads one --env-file only; dropping the others silently would interpolate differently
  if (!cli.v2 && envFiles.length > 1)
    throw new Error(
      `docker-compose ${cli.version} accepts one --env-file; ${envFiles.length} are set (stevedore.compose.envFile)`,
    );
  for (const f of envFiles) global.push('--env-file', f);
  for (const p of project.profiles) global.push('--profile', p);
  const svc = o.services ?? [];
  switch (verb) {
    case 'up':
      return [
        ...global,
        'up',
        ...(o.detached !== false ? ['-d'] : []),
        ...(o.build ? ['--build'] : []),
        ...(o.removeOrphans ? ['--remove-orphans'] : []),
        ...svc,
      ];
    case 'down':
      return [
        ...global,
        'down',
        ...(o.volumes ? ['-v'] : []),
        ...(o.rmi ? ['--rmi', o.rmi] : []),
        ...(o.removeOrphans ? ['--remove-orphans'] : []),
      ];
    case 'logs':
      return [
        ...global,
        'logs',
        ...(o.follow ? ['-f'] : []),
        ...(o.tail !== undefined ? ['--tail', String(o.tail)] : []),
        ...(o.timestamps ? ['-t'] : []),
        ...svc,
      ];
    case 'ps':
      return [...global, 'ps', ...(o.all ? ['-a'] : []), ...svc];
    case 'config':
      return [...global, 'config'];
    default:
      return [...global, verb, ...svc];
  }
}

/** argv safety: every element is passed as-is to execve; this only rejects what no compose CLI accepts. */
export function assertArgv(argv: string[]): void {
  for (const a of argv) if (a.includes('\0')) throw new Error('argument contains a NUL byte');
}
