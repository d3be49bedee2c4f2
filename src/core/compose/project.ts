// What a compose file sees of its project: the variables for interpolation (shell env over `.env`), and the
// names declared by the other files it is combined with (base file of an override, `include`, `extends.file`).
import { accessSync } from 'node:fs';
import { readBoundedOrSkip, type BoundedReadOptions } from '../files/boundedRead';
import { basename, dirname, join, resolve } from 'node:path';
import { dotenvMap } from './dotenv';
import { findBases, type Bases } from './bases';
import { includeEntries } from './includes';
import type { Env } from './interpolation';
import { buildModel, type ComposeModel, type RefKind } from './model';
import { parseCompose } from './parse';
import { get, isMap, str } from './yamlNodes';
import { mergeService } from './merge';

/** File access, injectable for tests. */
export interface ComposeHost {
  readFile(p: string): string | undefined;
  exists(p: string): boolean;
  env: Record<string, string | undefined>;
}

export interface NodeHostOptions extends BoundedReadOptions {
  /** told why a file that exists was not read (special file, too large, outside an untrusted workspace) */
  onSkip?: (file: string, reason: string) => void;
}

/** The real file system, read through readBounded: regular files only, size-capped. */
export const nodeHost = (
  env: Record<string, string | undefined> = process.env,
  opts: NodeHostOptions = {},
): ComposeHost => ({
  readFile: (p) => readBoundedOrSkip(p, opts.onSkip, opts),
  exists: (p) => {
    try {
      accessSync(p);
      return true;
    } catch {
      return false;
    }
  },
  env,
});

export interface ProjectInfo {
  /** absolute path of the linted file, when it is on disk */
  file?: string;
  dir?: string;
  env: Env;
  /** the env files read (`--env-file`s, else `.env`), if any */
  envFiles?: string[];
  /** the compose project name: COMPOSE_PROJECT_NAME, else top-level `name`, else the directory's name */
  name?: string;
  /** names declared by the other files of the project */
  external: Record<RefKind, Set<string>>;
  /** files this one is merged with (override base, earlier `COMPOSE_FILE` entries, the file including it) */
  bases?: string[];
  /** why references may be defined elsewhere although no base was found (then reference errors are lowered) */
  orphan?: string;
  /** the services of the files merged before this one (override base, earlier COMPOSE_FILE entries), merged */
  baseServices?: Map<string, Record<string, unknown>>;
  host: ComposeHost;
}

const emptyNames = (): Record<RefKind, Set<string>> => ({
  service: new Set(),
  network: new Set(),
  volume: new Set(),
  secret: new Set(),
  config: new Set(),
});

/**
 * The variables compose interpolates with: the process environment over the env files (`--env-file`s in order,
 * a later one winning; without any, `.env` in the project directory).
 */
export function composeEnv(
  dir: string,
  envFiles: readonly string[] | undefined,
  host: Pick<ComposeHost, 'readFile' | 'env'>,
): { env: Env; read: string[] } {
  const paths = envFiles?.length
    ? envFiles.map((f) => resolve(dir, f))
    : [join(host.env.COMPOSE_PROJECT_DIR || dir, '.env')];
  const fromFiles = new Map<string, string>();
  const read: string[] = [];
  for (const p of paths) {
    const text = host.readFile(p);
    if (text === undefined) continue;
    read.push(p);
    for (const [k, v] of dotenvMap(text, (n) => host.env[n] ?? fromFiles.get(n))) fromFiles.set(k, v);
  }
  return { env: (n) => host.env[n] ?? fromFiles.get(n), read };
}

export function projectInfo(
  file: string | undefined,
  model: ComposeModel,
  host: ComposeHost,
  envFiles?: readonly string[],
): ProjectInfo {
  const external = emptyNames();
  if (!file) return { env: (n) => host.env[n], external, host };
  const dir = dirname(file);
  const { env, read } = composeEnv(dir, envFiles, host);
  const seen = new Set([resolve(file)]);
  const addFrom = (other: string, depth: number) => {
    const abs = resolve(other);
    if (seen.has(abs) || depth > 4) return;
    seen.add(abs);
    const t = host.readFile(abs);
    if (t === undefined) return;
    const m = buildModel(parseCompose(t));
    for (const kind of Object.keys(external) as RefKind[]) for (const d of m.decls[kind]) external[kind].add(d.name);
    for (const inc of includedFiles(m, dirname(abs))) addFrom(inc, depth + 1);
  };
  const found: Bases = findBases(file, host, env);
  for (const base of found.bases) addFrom(base, 0);
  for (const inc of includedFiles(model, dir)) addFrom(inc, 0);
  for (const svc of model.decls.service) {
    const ext = get(model.doc, svc.entry.value, 'extends')?.value;
    const f = isMap(ext) ? str(get(model.doc, ext, 'file')?.value) : undefined;
    if (f) addFrom(resolve(dir, f), 1);
  }
  const baseServices =
    found.via === 'override' || found.via === 'composeFile' ? mergedServices(found.bases, host) : undefined;
  const name = projectName(
    env('COMPOSE_PROJECT_NAME') || str(model.top.find((e) => e.key === 'name')?.value) || basename(dir),
  );
  return {
    file,
    dir,
    env,
    ...(read.length ? { envFiles: read } : {}),
    ...(name ? { name } : {}),
    external,
    ...(found.bases.length ? { bases: found.bases } : {}),
    ...(found.orphan ? { orphan: found.orphan } : {}),
    ...(baseServices?.size ? { baseServices } : {}),
    host,
  };
}

/** The services of `files`, merged in order as compose merges `-f` files (plain values; a file that does not read is
 * skipped). */
function mergedServices(files: string[], host: ComposeHost): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const f of files) {
    const t = host.readFile(f);
    if (t === undefined) continue;
    const m = buildModel(parseCompose(t));
    for (const d of m.decls.service) {
      const v = plainMapping(m, d.entry.value);
      if (v) out.set(d.name, mergeService(out.get(d.name) ?? {}, v));
    }
  }
  return out;
}

/** a node as a plain mapping (yaml's toJS, its alias-count guard on), else undefined */
export function plainMapping(model: ComposeModel, node: unknown): Record<string, unknown> | undefined {
  if (!isMap(node)) return undefined;
  try {
    const v: unknown = node.toJS(model.doc, { maxAliasCount: 100 });
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Compose's normalisation: lower case, only [a-z0-9_-], starting with a letter or digit. */
export function projectName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** Paths of `include:` entries (short string or `path:` string/list), resolved against `dir`. */
export function includedFiles(model: ComposeModel, dir: string): string[] {
  return includeEntries(model, dir).flatMap((e) => e.paths);
}
