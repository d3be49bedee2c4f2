// Runs the docker CLI with an argv array (never a shell), feeding secrets through stdin.
import { spawn } from 'node:child_process';
import type { ResolvedEndpoint } from '../engine/types';

/** Environment that points the CLI at the same engine as `endpoint` (login asks the engine's /auth first). */
export function cliEnv(endpoint: Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...base };
  if (endpoint.context && endpoint.source !== 'DOCKER_HOST' && endpoint.source !== 'setting') {
    env.DOCKER_CONTEXT = endpoint.context;
    delete env.DOCKER_HOST;
  } else if (endpoint.host) {
    env.DOCKER_HOST = endpoint.host;
  }
  return env;
}

export class CliNotFoundError extends Error {}

export function runCli(command: string, argv: string[], opts: { env?: NodeJS.ProcessEnv; stdin?: string; timeoutMs?: number } = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env: opts.env, stdio: ['pipe', 'pipe', 'pipe'], shell: false, timeout: opts.timeoutMs ?? 60_000 });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? new CliNotFoundError(`${command} was not found on PATH`) : e));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading stdin
    child.stdin.end(opts.stdin ?? '');
  });
}
