// Run a compose argv (never through a shell), streaming output and resolving with the exit status.
import { spawn } from 'node:child_process';
import type { ComposeCli } from './cli';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  onStdout?(chunk: string): void;
  onStderr?(chunk: string): void;
  signal?: AbortSignal;
}

export interface RunResult {
  code: number;
  /** set when the process could not start or was killed */
  error?: string;
  stdout: string;
  stderr: string;
}

const KEEP = 1024 * 1024;

export function runCompose(cli: ComposeCli, argv: string[], o: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(cli.command, argv, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onAbort = () => child.kill('SIGINT');
    o.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout = (stdout + c).slice(-KEEP);
      o.onStdout?.(c);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr = (stderr + c).slice(-KEEP);
      o.onStderr?.(c);
    });
    child.on('error', (e) => resolve({ code: 127, error: `${cli.command}: ${e.message}`, stdout, stderr }));
    child.on('close', (code, sig) => {
      o.signal?.removeEventListener('abort', onAbort);
      resolve({ code: code ?? 128, ...(sig ? { error: `stopped by ${sig}` } : {}), stdout, stderr });
    });
  });
}
