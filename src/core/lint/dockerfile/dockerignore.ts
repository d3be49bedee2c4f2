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
    const ig = ignore().add(r.text.split(/\r?\n/));
    matcher = { file, ignores: (p) => ig.ignores(p) };
  } else matcher = { file, ignores: () => false, unread: r.reason };
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
