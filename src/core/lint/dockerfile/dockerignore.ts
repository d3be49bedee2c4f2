// The build context's ignore file: `<Dockerfile>.dockerignore` beside the Dockerfile wins over `.dockerignore`.
// Read through readBounded: a special file (a symlink to /dev/zero) or a huge one is not read, and says why.
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import ignore from '@balena/dockerignore';
import { readBounded } from '../../files/boundedRead';

export interface IgnoreMatcher {
  /** file that was read (or that exists but could not be read) */
  file: string;
  ignores(path: string): boolean;
  /** the patterns as Docker reads them (comments and blank lines dropped, `!` kept), in order */
  patterns: string[];
  /** why the file was not read (then nothing is ignored) */
  unread?: string;
}

const cache = new Map<string, { mtimeMs: number; matcher: IgnoreMatcher }>();

function load(file: string, within: readonly string[] | undefined): IgnoreMatcher | undefined {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  const key = within ? `${file}\0${within.join('\0')}` : file;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.matcher;
  const r = readBounded(file, within ? { within } : {});
  if (!r.ok && r.missing) return undefined;
  let matcher: IgnoreMatcher;
  if (r.ok) {
    const lines = r.text.split(/\r?\n/);
    const ig = ignore().add(lines);
    const patterns = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    matcher = { file, ignores: (p) => ig.ignores(p), patterns };
  } else matcher = { file, ignores: () => false, patterns: [], unread: r.reason };
  cache.set(key, { mtimeMs, matcher });
  return matcher;
}

/**
 * Ignore rules for a Dockerfile at `dockerfilePath` whose build context is `contextDir`; `within` (an untrusted
 * workspace) limits reads to files whose real path lies in those folders.
 */
export function dockerignoreFor(
  dockerfilePath: string,
  contextDir: string,
  within?: readonly string[],
): IgnoreMatcher | undefined {
  return (
    load(join(contextDir, `${basename(dockerfilePath)}.dockerignore`), within) ??
    load(join(contextDir, '.dockerignore'), within)
  );
}

/**
 * BuildKit's CopyIgnoredFile decision for one COPY/ADD source (`validateCopySourcePath`): the context root counts only
 * under a pattern that excludes every root entry (`*`, `**`, or `**` then `/*`); a source is not judged when a `!` pattern
 * could re-include something at or below it (a wildcard pattern from its literal prefix on, an escaped one from the
 * root); otherwise it is excluded when it or a parent matches. `src` is cleaned (`./a/` → `a`).
 */
export function copySourceIgnored(m: IgnoreMatcher, src: string): boolean {
  const root = src === '.' || src === '/';
  const exclusions = m.patterns.filter((p) => !p.startsWith('!'));
  if (root && !exclusions.some((p) => p === '*' || p === '**' || p === '**/*')) return false;
  const rel = root ? '' : src.replace(/^\/+/, '');
  for (const p of m.patterns) {
    if (!p.startsWith('!')) continue;
    const { prefix, wildcard } = literalPrefix(p.slice(1).trim().replace(/^\/+/, ''));
    if (atOrBelow(prefix, rel) || (wildcard && atOrBelow(rel, prefix))) return false;
  }
  return root || m.ignores(rel);
}

function literalPrefix(pattern: string): { prefix: string; wildcard: boolean } {
  const elems = pattern.split('/');
  const i = elems.findIndex((e) => /[*?[\\]/.test(e));
  return i < 0 ? { prefix: pattern, wildcard: false } : { prefix: elems.slice(0, i).join('/'), wildcard: true };
}

/** `path` is `base` or inside it; the empty base (the context root) holds every path */
function atOrBelow(path: string, base: string): boolean {
  return base === '' || path === base || path.startsWith(`${base}/`);
}
