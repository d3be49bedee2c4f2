// Which files are compose files, and which of them override which.
import { basename, dirname, extname, join, resolve } from 'node:path';

/** The files `docker compose` looks for, in its own order of preference. */
export const DEFAULT_COMPOSE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
] as const;

const COMPOSE_NAME = /^(docker-)?compose(\.[^/\\]+)?\.ya?ml$/i;

/** compose.yaml, docker-compose.yml, compose.override.yaml, docker-compose.prod.yml, … */
export function isComposeFileName(fileName: string): boolean {
  return COMPOSE_NAME.test(basename(fileName));
}

/** compose.override.yaml, docker-compose.dev.yml: anything between the stem and the extension. */
export function isOverrideFileName(fileName: string): boolean {
  const m = COMPOSE_NAME.exec(basename(fileName));
  return !!m && m[2] !== undefined;
}

/** The default base file and its override next to `dir`, as compose picks them (first existing base). */
export function defaultProjectFiles(dir: string, exists: (p: string) => boolean): string[] {
  const base = DEFAULT_COMPOSE_FILES.map((f) => join(dir, f)).find(exists);
  if (!base) return [];
  const ext = extname(base);
  const stem = basename(base, ext);
  const override = [ext, ext === '.yaml' ? '.yml' : '.yaml'].map((e) => join(dir, `${stem}.override${e}`)).find(exists);
  return override ? [base, override] : [base];
}

/** For an override file, the base files it is layered on (same directory, default names). */
export function baseFilesFor(fileName: string, exists: (p: string) => boolean): string[] {
  if (!isOverrideFileName(fileName)) return [];
  const dir = dirname(fileName);
  const base = DEFAULT_COMPOSE_FILES.map((f) => join(dir, f)).find(exists);
  return base && resolve(base) !== resolve(fileName) ? [base] : [];
}
