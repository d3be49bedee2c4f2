// Runs the docker CLI with an argv array (never a shell), feeding secrets through stdin.
import { spawn } from 'node:child_process';
import type { ResolvedEndpoint } from '../engine/types';

/**
 * Environment that points the docker CLI (login, compose) at the same engine as `endpoint`: a context by its name,
 * so the CLI reads its TLS material and ssh settings itself; anything else by DOCKER_HOST.
 */
export function cliEnv(
  endpoint: Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env = { ...base };
  if (endpoint.context && endpoint.source !== 'DOCKER_HOST' && endpoint.source !== 'setting') {
    env.DOCKER_CONTEXT = endpoint.context;
    delete env.DOCKER_HOST;
  } else if (endpoint.host) {
    env.DOCKER_HOST = endpoint.host;
  }
  return env;
}

/** What cliEnv changes, the way a terminal's `env` option takes it (null deletes a variable). */
export function cliEnvChanges(
  endpoint: Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>,
  base: NodeJS.ProcessEnv = process.env,
): Record<string, string | null> {
  const env = cliEnv(endpoint, base);
  const out: Record<string, string | null> = {};
  for (const k of ['DOCKER_HOST', 'DOCKER_CONTEXT']) if (env[k] !== base[k]) out[k] = env[k] ?? null;
  return out;
}

export class CliNotFoundError extends Error {}

export function runCli(
  command: string,
  argv: string[],
  opts: { env?: NodeJS.ProcessEnv; stdin?: string; timeoutMs?: number } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      env: opts.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      timeout: opts.timeoutMs ?? 60_000,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new CliNotFoundError(`${command} was not found on PATH`) : e),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading stdin
    child.stdin.end(opts.stdin ?? '');
  });
}
