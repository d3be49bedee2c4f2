// Endpoint resolution in the Docker CLI's own order, reading the CLI's contexts from disk.
// Nothing here ever writes the CLI's config: a window's choice of context stays in the window.
import type * as Crypto from 'node:crypto';
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EngineError } from './errors';
import type { ContextInfo, ResolvedEndpoint, TlsMaterial } from './types';

export interface ResolveOptions {
  /** explicit endpoint (the `stevedore.engine.host` setting); wins over everything */
  setting?: string;
  /** context chosen for this window (like `docker --context`); wins over DOCKER_HOST */
  context?: string;
  env?: NodeJS.ProcessEnv;
  /** the Docker CLI config dir; default $DOCKER_CONFIG or ~/.docker */
  configDir?: string;
  /** overrides for tests: the platform default socket and Podman's sockets, in order */
  defaultSocket?: string;
  podmanSockets?: string[];
  platform?: NodeJS.Platform;
  /** how to describe where `context` came from in messages, e.g. 'chosen for this window' */
  contextReason?: string;
  /** file access (default node:fs promises); the CLI passes synchronous reads, see src/cli/lint.ts */
  fs?: ResolveFs;
}

export interface ResolveFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  stat(file: string): Promise<{ isSocket(): boolean }>;
  readdir(dir: string): Promise<string[]>;
}
const fsOf = (opts: ResolveOptions): ResolveFs => opts.fs ?? fs;

/**
 * Synchronous reads behind the same interface, for a short CLI run: its lint never yields to the event loop, so
 * reads through the thread pool would only complete after it, and the engine's answers with them.
 */
export const syncFs: ResolveFs = {
  readFile: async (file, encoding) => readFileSync(file, encoding),
  stat: async (file) => statSync(file),
  readdir: async (dir) => readdirSync(dir),
};

const WINDOWS_PIPE = 'npipe:////./pipe/docker_engine';

export function contextDirName(name: string): string {
  // node:crypto on use: most runs never name a context, and loading it is a few ms of a short CLI run
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof Crypto).createHash('sha256').update(name).digest('hex');
}

export function configDirOf(opts: ResolveOptions): string {
  const env = opts.env ?? process.env;
  return opts.configDir ?? (env.DOCKER_CONFIG || join(homedir(), '.docker'));
}

interface ContextMeta {
  Name?: string;
  Metadata?: { Description?: string };
  Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } };
}

async function readJson<T>(opts: ResolveOptions, file: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await fsOf(opts).readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new EngineError('badRequest', `${file} is not valid JSON: ${(e as Error).message}`);
  }
}

async function readIfExists(opts: ResolveOptions, file: string): Promise<string | undefined> {
  try {
    return await fsOf(opts).readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function readTlsDir(opts: ResolveOptions, dir: string, verify: boolean): Promise<TlsMaterial | undefined> {
  const [ca, cert, key] = await Promise.all(
    ['ca.pem', 'cert.pem', 'key.pem'].map((f) => readIfExists(opts, join(dir, f))),
  );
  if (ca === undefined && cert === undefined && key === undefined) return undefined;
  return { ca, cert, key, verify, dir };
}

/** The CLI's current context name: DOCKER_CONTEXT, else config.json currentContext, else `default`. */
async function currentContextName(
  opts: ResolveOptions,
): Promise<{ name: string; from: 'DOCKER_CONTEXT' | 'config' | 'default' }> {
  const env = opts.env ?? process.env;
  if (env.DOCKER_CONTEXT) return { name: env.DOCKER_CONTEXT, from: 'DOCKER_CONTEXT' };
  const config = await readJson<{ currentContext?: string }>(opts, join(configDirOf(opts), 'config.json'));
  if (config?.currentContext) return { name: config.currentContext, from: 'config' };
  return { name: 'default', from: 'default' };
}

async function readContext(
  opts: ResolveOptions,
  name: string,
): Promise<{ meta: ContextMeta; tls?: TlsMaterial } | undefined> {
  const dir = configDirOf(opts);
  const id = contextDirName(name);
  const meta = await readJson<ContextMeta>(opts, join(dir, 'contexts', 'meta', id, 'meta.json'));
  if (!meta) return undefined;
  const skip = meta.Endpoints?.docker?.SkipTLSVerify === true;
  const tls = await readTlsDir(opts, join(dir, 'contexts', 'tls', id, 'docker'), !skip);
  return { meta, tls: tls ?? (skip ? { verify: false } : undefined) };
}

async function isSocket(opts: ResolveOptions, p: string): Promise<boolean> {
  try {
    return (await fsOf(opts).stat(p)).isSocket();
  } catch {
    return false;
  }
}

/** Normalises a DOCKER_HOST-style value: bare `host:port` means tcp. */
export function normaliseHost(host: string): string {
  const h = host.trim();
  if (!h.includes('://')) return `tcp://${h}`;
  return h;
}

/** TLS for a tcp DOCKER_HOST, as the CLI reads it: DOCKER_TLS_VERIFY / DOCKER_TLS (any non-empty value), DOCKER_CERT_PATH. */
async function envTls(opts: ResolveOptions, host: string): Promise<TlsMaterial | undefined> {
  const env = opts.env ?? process.env;
  if (!host.startsWith('tcp://')) return undefined;
  const verify = !!env.DOCKER_TLS_VERIFY;
  if (!verify && !env.DOCKER_TLS) return undefined;
  const dir = env.DOCKER_CERT_PATH || configDirOf(opts);
  return (await readTlsDir(opts, dir, verify)) ?? { verify, dir };
}

/** The platform default socket; on Linux/macOS falls back to Podman's Docker-compatible socket when Docker's is absent. */
async function defaultEndpoint(opts: ResolveOptions, context?: string): Promise<ResolvedEndpoint> {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  if (platform === 'win32')
    return { host: WINDOWS_PIPE, source: 'default', context, reason: 'the platform default named pipe' };
  const sock = opts.defaultSocket ?? '/var/run/docker.sock';
  if (await isSocket(opts, sock))
    return { host: `unix://${sock}`, source: 'default', context, reason: 'the platform default socket' };
  const desktop = opts.defaultSocket ? undefined : join(homedir(), '.docker', 'run', 'docker.sock');
  if (desktop && (await isSocket(opts, desktop)))
    return { host: `unix://${desktop}`, source: 'default', context, reason: "Docker Desktop's per-user socket" };
  const podman = opts.podmanSockets ?? [
    ...(env.XDG_RUNTIME_DIR ? [join(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock')] : []),
    '/run/podman/podman.sock',
  ];
  for (const p of podman) {
    if (await isSocket(opts, p))
      return {
        host: `unix://${p}`,
        source: 'podman',
        context,
        reason: `Podman's Docker-compatible socket (no Docker socket at ${sock})`,
      };
  }
  return { host: `unix://${sock}`, source: 'default', context, reason: 'the platform default socket' };
}

async function endpointOfContext(
  opts: ResolveOptions,
  name: string,
  source: ResolvedEndpoint['source'],
  why: string,
): Promise<ResolvedEndpoint> {
  if (name === 'default') {
    const env = opts.env ?? process.env;
    if (env.DOCKER_HOST) return fromDockerHost(opts, 'default');
    const d = await defaultEndpoint(opts, 'default');
    return { ...d, reason: `context 'default' (${why}): ${d.reason}` };
  }
  const ctx = await readContext(opts, name);
  if (!ctx) {
    const where = join(configDirOf(opts), 'contexts', 'meta', contextDirName(name), 'meta.json');
    throw new EngineError(
      'notFound',
      `Docker context '${name}' (${why}) does not exist: no ${where}. Run 'docker context ls' to see the contexts.`,
    );
  }
  const host = ctx.meta.Endpoints?.docker?.Host;
  if (!host) throw new EngineError('badRequest', `Docker context '${name}' has no docker endpoint`);
  return { host: normaliseHost(host), source, context: name, tls: ctx.tls, reason: `context '${name}' (${why})` };
}

async function fromDockerHost(opts: ResolveOptions, context?: string): Promise<ResolvedEndpoint> {
  const env = opts.env ?? process.env;
  const host = normaliseHost(env.DOCKER_HOST ?? '');
  return {
    host,
    source: 'DOCKER_HOST',
    context,
    tls: await envTls(opts, host),
    reason: 'the DOCKER_HOST environment variable',
  };
}

/**
 * Which engine to talk to, in Docker's order: explicit setting > window context > DOCKER_HOST >
 * DOCKER_CONTEXT > config.json currentContext > platform default socket (> Podman's socket).
 * Throws EngineError('notFound') when a named context does not exist.
 */
export async function resolveEndpoint(opts: ResolveOptions = {}): Promise<ResolvedEndpoint> {
  try {
    return await resolve(opts);
  } catch (e) {
    if (e instanceof EngineError) throw e;
    throw new EngineError(
      'unknown',
      `cannot read the Docker CLI configuration in ${configDirOf(opts)}: ${(e as Error).message}`,
      undefined,
      { cause: e },
    );
  }
}

async function resolve(opts: ResolveOptions): Promise<ResolvedEndpoint> {
  const env = opts.env ?? process.env;
  if (opts.setting?.trim()) {
    const host = normaliseHost(opts.setting);
    return { host, source: 'setting', tls: await envTls(opts, host), reason: 'the stevedore.engine.host setting' };
  }
  if (opts.context?.trim())
    return endpointOfContext(opts, opts.context.trim(), 'context', opts.contextReason ?? 'chosen explicitly');
  if (env.DOCKER_HOST) return fromDockerHost(opts);
  const current = await currentContextName(opts);
  if (current.from === 'DOCKER_CONTEXT')
    return endpointOfContext(opts, current.name, 'DOCKER_CONTEXT', 'from DOCKER_CONTEXT');
  if (current.from === 'config')
    return endpointOfContext(
      opts,
      current.name,
      current.name === 'default' ? 'default' : 'config',
      'the Docker CLI current context',
    );
  return defaultEndpoint(opts);
}

/** Every context the CLI knows (plus `default`), sorted by name, marking the CLI's current one. Never changes it. */
export async function listContexts(opts: ResolveOptions = {}): Promise<ContextInfo[]> {
  const dir = join(configDirOf(opts), 'contexts', 'meta');
  const env = opts.env ?? process.env;
  // like `docker context ls`: DOCKER_HOST makes `default` the current one, whatever DOCKER_CONTEXT or config say
  const current = env.DOCKER_HOST ? 'default' : (await currentContextName(opts)).name;
  let ids: string[] = [];
  try {
    ids = await fsOf(opts).readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const out: ContextInfo[] = [];
  for (const id of ids) {
    const meta = await readJson<ContextMeta>(opts, join(dir, id, 'meta.json')).catch(() => undefined);
    const name = meta?.Name;
    if (!name || name === 'default') continue;
    const tls = await readTlsDir(opts, join(configDirOf(opts), 'contexts', 'tls', id, 'docker'), true);
    out.push({
      name,
      description: meta.Metadata?.Description || undefined,
      host: normaliseHost(meta.Endpoints?.docker?.Host ?? ''),
      skipTlsVerify: meta.Endpoints?.docker?.SkipTLSVerify === true,
      // SkipTLSVerify without cert files is TLS all the same (unverified), as the endpoint resolves it
      hasTls: tls !== undefined || meta.Endpoints?.docker?.SkipTLSVerify === true,
      current: name === current,
    });
  }
  out.sort((a, b) => a.name.localeCompare(b.name));
  const def = env.DOCKER_HOST ? normaliseHost(env.DOCKER_HOST) : (await defaultEndpoint({ ...opts, env })).host;
  out.unshift({
    name: 'default',
    description: 'Current DOCKER_HOST based configuration',
    host: def,
    // DOCKER_TLS without DOCKER_TLS_VERIFY: TLS, certificate not verified (as the endpoint resolves it)
    skipTlsVerify: !!env.DOCKER_HOST && !!env.DOCKER_TLS && !env.DOCKER_TLS_VERIFY,
    hasTls: !!env.DOCKER_HOST && !!(env.DOCKER_TLS || env.DOCKER_TLS_VERIFY),
    current: current === 'default',
  });
  return out;
}
