// Registry credentials the way the docker CLI finds them: $DOCKER_CONFIG/config.json (default ~/.docker),
// `auths[server]` (base64 user:pass or identitytoken), `credHelpers[server]`, then `credsStore`, whose helper
// (`docker-credential-<name> get`, server URL on stdin) is run with execFile: an argv, never a shell.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AuthConfig } from '../engine/actionsTypes';
import { registryOf } from './registry';

export type { AuthConfig };

/** The key the CLI uses for Docker Hub in config.json and with credential helpers. */
export const dockerHubServer = 'https://index.docker.io/v1/';
const hubNames = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** The config.json key / helper server URL for an image reference's registry. */
export function credentialServer(ref: string): string {
  const registry = registryOf(ref);
  return hubNames.has(registry) ? dockerHubServer : registry;
}

/** "https://ghcr.io/v2/" → "ghcr.io", as the CLI matches config keys (ConvertToHostname). */
function hostOf(key: string): string {
  const host = key.replace(/^https?:\/\//, '').split('/')[0] ?? '';
  return hubNames.has(host) ? dockerHubServer : host;
}

interface ConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string; username?: string; password?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

export interface CredentialOptions {
  /** DOCKER_CONFIG, HOME and PATH come from here (default process.env) */
  env?: NodeJS.ProcessEnv;
  helperTimeoutMs?: number;
}

function lookup<T>(map: Record<string, T> | undefined, server: string): T | undefined {
  if (!map) return undefined;
  if (server in map) return map[server];
  const key = Object.keys(map).find((k) => hostOf(k) === server);
  return key === undefined ? undefined : map[key];
}

export async function readDockerConfig(env: NodeJS.ProcessEnv = process.env): Promise<ConfigFile> {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  try {
    return JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as ConfigFile;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(
      `Cannot read the docker CLI configuration ${join(dir, 'config.json')}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** Runs `docker-credential-<helper> get`; undefined when it has no credentials for `server`. */
export function helperGet(
  helper: string,
  server: string,
  opts: CredentialOptions = {},
): Promise<AuthConfig | undefined> {
  if (!/^[\w.-]+$/.test(helper)) return Promise.reject(new Error(`"${helper}" is not a valid credential helper name.`));
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      ['get'],
      { env: opts.env ?? process.env, timeout: opts.helperTimeoutMs ?? 15_000, shell: false },
      (err, stdout, stderr) => {
        const out = String(stdout).trim();
        if (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') return reject(new Error(`The credential helper ${program} was not found on PATH.`));
          if (err.killed) return reject(new Error(`The credential helper ${program} did not answer in time.`));
          // helpers report a missing entry on stdout with a non-zero exit
          if (/credentials not found/i.test(out) || /credentials not found/i.test(String(stderr)))
            return resolve(undefined);
          return reject(
            new Error(`The credential helper ${program} failed: ${(out || String(stderr)).trim() || err.message}`),
          );
        }
        try {
          const r = JSON.parse(out) as { Username?: string; Secret?: string };
          if (!r.Secret) return resolve(undefined);
          // the CLI stores identity tokens under the user name "<token>"
          resolve(
            r.Username === '<token>'
              ? { identitytoken: r.Secret, serveraddress: server }
              : { username: r.Username ?? '', password: r.Secret, serveraddress: server },
          );
        } catch {
          reject(new Error(`The credential helper ${program} answered something other than JSON.`));
        }
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(server);
  });
}

/** The credentials the docker CLI would send for `ref` (push or pull); undefined when it has none. */
export async function resolveCredentials(ref: string, opts: CredentialOptions = {}): Promise<AuthConfig | undefined> {
  const server = credentialServer(ref);
  const config = await readDockerConfig(opts.env);
  const helper = lookup(config.credHelpers, server);
  if (helper) return helperGet(helper, server, opts);
  if (config.credsStore) return helperGet(config.credsStore, server, opts);
  const entry = lookup(config.auths, server);
  if (!entry) return undefined;
  if (entry.identitytoken) return { identitytoken: entry.identitytoken, serveraddress: server };
  if (entry.auth) {
    const plain = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = plain.indexOf(':');
    if (colon < 0) throw new Error(`The docker CLI configuration has a malformed "auth" entry for ${server}.`);
    return { username: plain.slice(0, colon), password: plain.slice(colon + 1), serveraddress: server };
  }
  if (entry.username && entry.password)
    return { username: entry.username, password: entry.password, serveraddress: server };
  return undefined;
}
