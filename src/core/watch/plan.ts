// Which changed files call for which action, per service: a rebuild wins over syncs of the same service (the
// image gets the files anyway); syncs map host paths to container paths; a sync+restart restarts once.
import * as path from 'node:path';
import ignore from '@balena/dockerignore';
import type { WatchRule } from './rules';

export interface SyncedFile {
  host: string;
  container: string;
}

export type WatchStep =
  | { service: string; kind: 'rebuild'; files: string[] }
  | { service: string; kind: 'sync'; files: SyncedFile[]; restart: boolean };

const matchers = new WeakMap<WatchRule, (rel: string) => boolean>();
function ignored(rule: WatchRule, rel: string): boolean {
  let m = matchers.get(rule);
  if (!m) {
    const ig = ignore().add(rule.ignore);
    m = (p) => ig.ignores(p);
    matchers.set(rule, m);
  }
  return m(rel);
}

/** The path of `file` inside the rule's path ('' for the path itself), or undefined when outside or ignored. */
export function matchRule(rule: WatchRule, file: string): string | undefined {
  const rel = path.relative(rule.path, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const posix = rel.split(path.sep).join('/');
  if (posix && ignored(rule, posix)) return undefined;
  return posix;
}

export function planWatch(rules: readonly WatchRule[], files: readonly string[]): WatchStep[] {
  const byService = new Map<string, { rebuild: string[]; sync: Map<string, SyncedFile>; restart: boolean }>();
  for (const file of files) {
    for (const rule of rules) {
      const rel = matchRule(rule, file);
      if (rel === undefined) continue;
      let s = byService.get(rule.service);
      if (!s) byService.set(rule.service, (s = { rebuild: [], sync: new Map(), restart: false }));
      if (rule.action === 'rebuild') {
        if (!s.rebuild.includes(file)) s.rebuild.push(file);
        continue;
      }
      // a sync rule always has its target (rules.ts)
      if (rule.target === undefined) continue;
      const container = rel ? path.posix.join(rule.target, rel) : rule.target;
      s.sync.set(`${file}\0${container}`, { host: file, container });
      if (rule.action === 'sync+restart') s.restart = true;
    }
  }
  const steps: WatchStep[] = [];
  for (const [service, s] of byService) {
    if (s.rebuild.length) steps.push({ service, kind: 'rebuild', files: s.rebuild });
    else if (s.sync.size) steps.push({ service, kind: 'sync', files: [...s.sync.values()], restart: s.restart });
  }
  return steps;
}
