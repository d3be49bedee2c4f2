// The build context's ignore file: `<Dockerfile>.dockerignore` beside the Dockerfile wins over `.dockerignore`.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import ignore from '@balena/dockerignore';

export interface IgnoreMatcher {
  /** file that was read */
  file: string;
  ignores(path: string): boolean;
}

const cache = new Map<string, { mtimeMs: number; matcher: IgnoreMatcher }>();

function load(file: string): IgnoreMatcher | undefined {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.matcher;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const ig = ignore().add(text.split(/\r?\n/));
  const matcher: IgnoreMatcher = { file, ignores: (p) => ig.ignores(p) };
  cache.set(file, { mtimeMs, matcher });
  return matcher;
}

/** Ignore rules for a Dockerfile at `dockerfilePath` whose build context is `contextDir`. */
export function dockerignoreFor(dockerfilePath: string, contextDir: string): IgnoreMatcher | undefined {
  return load(join(contextDir, `${basename(dockerfilePath)}.dockerignore`)) ?? load(join(contextDir, '.dockerignore'));
}
