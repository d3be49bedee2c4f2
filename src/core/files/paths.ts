// Paths inside a container: absolute POSIX paths, normalised, never escaping the root.
import { posix } from 'node:path';

/** `/a/./b/../c/` → `/a/c`; relative input is taken from the root; `..` never climbs above `/`. */
export function normalize(path: string): string {
  const p = posix.normalize(`/${path}`);
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

export function parentOf(path: string): string {
  return posix.dirname(normalize(path));
}

export function baseName(path: string): string {
  return posix.basename(normalize(path));
}

export function join(dir: string, name: string): string {
  return normalize(posix.join(dir, name));
}

/** Whether `path` is `dir` or inside it. */
export function isWithin(path: string, dir: string): boolean {
  const p = normalize(path);
  const d = normalize(dir);
  return d === '/' || p === d || p.startsWith(`${d}/`);
}

/** A file name typed by the user: one path segment, not empty, not `.`/`..`, no `/` or NUL. */
export function validName(name: string): string | undefined {
  if (!name) return 'A name is required.';
  if (name === '.' || name === '..') return `"${name}" is not a file name.`;
  if (name.includes('/')) return 'A name cannot contain "/".';
  if (name.includes('\0')) return 'A name cannot contain a NUL character.';
  return undefined;
}
