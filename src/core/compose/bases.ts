// Which files a compose file is merged with when it is not meant to stand alone: the base of an override
// (compose.yaml + compose.override.yaml, docker-compose.yml + docker-compose.<anything>.yml), the files before it in
// `COMPOSE_FILE`, or the file whose `include:` names it. Every read goes through the host.
import { delimiter, dirname, join, resolve } from 'node:path';
import { baseFilesFor, DEFAULT_COMPOSE_FILES, isOverrideFileName } from './files';
import type { Env } from './interpolation';
import { buildModel } from './model';
import { parseCompose } from './parse';
import type { ComposeHost } from './project';
import { includeEntries } from './includes';

export interface Bases {
  /** files merged before this one (their declarations count as this file's) */
  bases: string[];
  /** how they were found */
  via?: 'override' | 'composeFile' | 'include';
  /** set when the file looks like an override but its base was not found: why references are uncertain */
  orphan?: string;
}

export function findBases(file: string, host: ComposeHost, env: Env): Bases {
  const abs = resolve(file);
  const dir = dirname(abs);
  const fromEnv = composeFileList(dir, env);
  const at = fromEnv.indexOf(abs);
  if (at > 0) return { bases: fromEnv.slice(0, at), via: 'composeFile' };
  if (at === 0) return { bases: [] };
  const override = baseFilesFor(abs, host.exists);
  if (override.length) return { bases: override, via: 'override' };
  const includers = includersOf(abs, host);
  if (includers.length) return { bases: includers, via: 'include' };
  if (isOverrideFileName(abs))
    return {
      bases: [],
      orphan:
        'this looks like an override file and no base file (compose.yaml, docker-compose.yml) was found beside it',
    };
  return { bases: [] };
}

/** `COMPOSE_FILE` (shell environment over `.env`), split on `COMPOSE_PATH_SEPARATOR` as compose does. */
export function composeFileList(dir: string, env: Env): string[] {
  const raw = env('COMPOSE_FILE');
  if (!raw) return [];
  const sep = env('COMPOSE_PATH_SEPARATOR') || delimiter;
  return raw
    .split(sep)
    .filter(Boolean)
    .map((f) => resolve(dir, f));
}

/** Default-named compose files in the file's folder and the one above whose `include:` names the file. */
function includersOf(abs: string, host: ComposeHost): string[] {
  const out: string[] = [];
  for (const d of [dirname(abs), dirname(dirname(abs))]) {
    for (const name of DEFAULT_COMPOSE_FILES) {
      const cand = join(d, name);
      if (cand === abs || out.includes(cand) || !host.exists(cand)) continue;
      const text = host.readFile(cand);
      if (text === undefined || !text.includes('include')) continue;
      const m = buildModel(parseCompose(text));
      if (includeEntries(m, dirname(cand)).some((e) => e.paths.includes(abs))) out.push(cand);
    }
  }
  return out;
}
