// BuildKit builds through the docker CLI (argv only), pointed at the window's engine like every other CLI call.
// The Engine API's BuildKit endpoint needs a gRPC session for the context and secrets, which the CLI provides.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliEnv } from '../commands/dockerCli';
import { buildArgv, type BuildForm } from '../build/buildForm';
import { PlainProgress, type BuildStep, type ProgressUpdate } from '../build/plainProgress';
import type { BuildCli } from './buildCli';
import type { ResolvedEndpoint } from './types';

export interface BuildRun {
  builder: 'buildx' | 'buildkit' | 'classic';
  /** the command line as run (argv, for the log) */
  argv: string[];
  imageId?: string;
  steps: BuildStep[];
  /** every line of output, in order (the last `maxLogLines`) */
  log: string[];
  durationMs: number;
  /** time from start to the first progress line */
  firstProgressMs?: number;
  cancelled: boolean;
  exitCode: number;
  /** set when the build failed: the reason as BuildKit gave it, and the step it failed in */
  error?: string;
  failedStep?: BuildStep;
}

export interface BuildKitOptions {
  endpoint: Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>;
  signal?: AbortSignal;
  onUpdate?: (u: ProgressUpdate) => void;
  env?: NodeJS.ProcessEnv;
}

const maxLogLines = 100_000;
/** after SIGINT (the CLI then cancels the build on the engine), how long before SIGKILL */
const cancelGraceMs = 5_000;

/** Runs one BuildKit build; resolves when the CLI exits (failed builds resolve too, with `error`). */
export async function runBuildKit(cli: BuildCli, form: BuildForm, opts: BuildKitOptions): Promise<BuildRun> {
  const dir = await mkdtemp(join(tmpdir(), 'stevedore-build-'));
  const iidFile = join(dir, 'iid');
  const argv = [...cli.prefix, ...buildArgv(form, iidFile, { load: cli.kind === 'buildx' })];
  const started = performance.now();
  const progress = new PlainProgress();
  const log: string[] = [];
  let firstProgressMs: number | undefined;
  try {
    const exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn(cli.command, argv, {
        env: { ...cliEnv(opts.endpoint, opts.env ?? process.env), ...cli.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
      });
      let killTimer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        child.kill('SIGINT');
        killTimer = setTimeout(() => child.kill('SIGKILL'), cancelGraceMs);
      };
      if (opts.signal?.aborted) onAbort();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const feed = lineSplitter((line) => {
        firstProgressMs ??= performance.now() - started;
        if (log.length >= maxLogLines) log.shift();
        log.push(line);
        const u = progress.push(line);
        if (u) opts.onUpdate?.(u);
      });
      child.stdout.on('data', feed.write);
      child.stderr.on('data', feed.write);
      child.on('error', reject);
      child.on('close', (code, sig) => {
        feed.end();
        clearTimeout(killTimer);
        opts.signal?.removeEventListener('abort', onAbort);
        resolve(code ?? (sig ? 130 : 1));
      });
    });
    const run: BuildRun = {
      builder: cli.kind === 'buildx' ? 'buildx' : 'buildkit',
      argv: [cli.command, ...argv],
      steps: [...progress.steps.values()],
      log,
      durationMs: performance.now() - started,
      firstProgressMs,
      cancelled: !!opts.signal?.aborted,
      exitCode,
    };
    if (exitCode === 0) run.imageId = (await readFile(iidFile, 'utf8').catch(() => '')).trim() || undefined;
    else if (!run.cancelled) {
      run.failedStep = progress.failedStep();
      run.error = failureText(progress, run.failedStep);
    }
    return run;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The reason a build failed: the CLI's closing lines (BuildKit repeats the step's error there), else the step's. */
function failureText(progress: PlainProgress, step: BuildStep | undefined): string {
  const tail = progress.trailer.filter((l) => !/^-{4,}$/.test(l.trim()) && !/^\s*>/.test(l) && !/^\s*\d+ \|/.test(l));
  const last = tail[tail.length - 1]?.replace(/^(error|ERROR):\s*/, '');
  return (last ?? step?.error ?? 'the docker CLI exited without saying why').trim();
}

function lineSplitter(onLine: (line: string) => void): { write: (b: Buffer) => void; end: () => void } {
  let rest = '';
  return {
    write: (b: Buffer) => {
      const parts = (rest + b.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) onLine(p);
    },
    end: () => {
      if (rest) onLine(rest);
      rest = '';
    },
  };
}
