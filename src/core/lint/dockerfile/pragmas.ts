// Inline configuration users already write: hadolint's comment pragmas and BuildKit's check directive.
import type { Dockerfile } from 'dockerfile-ast';
import { commentsBefore } from './comments';

export interface Pragmas {
  /** names (id or alias) ignored in the whole file */
  global: string[];
  /** instruction start line (0-based) → names ignored for that instruction */
  byLine: Map<number, string[]>;
  /** first line (0-based) from which `# hadolint shell=` selected a non-POSIX shell, if any */
  nonPosixFromLine?: number;
  /** BuildKit `# check=skip=…` (names, or ['all']) */
  checkSkip: string[];
  /** BuildKit `# check=error=true` */
  checkError: boolean;
  /** BuildKit `# check=experimental=…` (names, or ['all']): experimental checks to run */
  checkExperimental: string[];
}

/** What `byLine` holds for BuildKit's `# check=skip=all` above an instruction: every build check, no other rule. */
export const ALL_BUILD_CHECKS = 'check=skip=all';

/** BuildKit's `check` directive value (`skip=A,B;error=true;experimental=C`), cut at the first blank as BuildKit does. */
function parseCheck(value: string): { skip: string[]; error?: boolean; experimental: string[] } {
  const out: { skip: string[]; error?: boolean; experimental: string[] } = { skip: [], experimental: [] };
  const [first = ''] = value.trim().split(/\s/, 1);
  for (const part of first.split(';')) {
    const [k, v = ''] = part.split('=', 2).map((x) => x.trim());
    if (k === 'skip') out.skip.push(...list(v));
    else if (k === 'experimental') out.experimental.push(...list(v));
    else if (k === 'error') out.error = v.toLowerCase() === 'true';
  }
  return out;
}

const CHECK_COMMENT = /^\s*check\s*=\s*(.+?)\s*$/i;

const HADOLINT = /^hadolint\s+(global\s+)?(ignore|shell)\s*=\s*(.*)$/i;
const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'ksh', 'zsh', 'mksh']);

/** `sh`, `/bin/bash`, `/usr/bin/env bash` … (as words): a shell the command rules can read (not pwsh, powershell, cmd). */
export function isPosixShell(words: readonly string[]): boolean {
  const first = /(^|[\\/])env$/.test(words[0] ?? '') ? (words[1] ?? '') : (words[0] ?? '');
  return POSIX_SHELLS.has(
    first
      .replace(/^.*[\\/]/, '')
      .replace(/\.exe$/i, '')
      .toLowerCase(),
  );
}

function list(v: string): string[] {
  return v
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * `lineText(n)`: text of line n (directive-looking first lines are not in getComments()). `checkArg`: the value of a
 * `BUILDKIT_DOCKERFILE_CHECK` build argument, which replaces the `# check=` directive (dockerui's LinterConfig).
 */
export function readPragmas(dockerfile: Dockerfile, lineText: (line: number) => string, checkArg?: string): Pragmas {
  const p: Pragmas = { global: [], byLine: new Map(), checkSkip: [], checkError: false, checkExperimental: [] };
  const checks =
    checkArg !== undefined
      ? [checkArg]
      : dockerfile
          .getDirectives()
          .filter((d) => d.getName().toLowerCase() === 'check')
          .map((d) => d.getValue());
  for (const value of checks) {
    const c = parseCheck(value);
    p.checkSkip.push(...c.skip);
    p.checkExperimental.push(...c.experimental);
    if (c.error !== undefined) p.checkError = c.error;
  }
  const instructions = dockerfile.getInstructions();
  inlineChecks(dockerfile, p);
  const comments = [
    ...dockerfile.getDirectives().map((d) => ({
      line: d.getNameRange().start.line,
      text: lineText(d.getNameRange().start.line).replace(/^\s*#/, ''),
    })),
    ...dockerfile.getComments().map((c) => ({ line: c.getRange().start.line, text: c.getContent() })),
  ];
  let next = 0;
  for (const c of comments) {
    const m = HADOLINT.exec(c.text.trim());
    if (!m) continue;
    const line = c.line;
    const [, global, kind = '', value = ''] = m;
    if (kind.toLowerCase() === 'shell') {
      const shell = value.trim();
      if (!isPosixShell(shell.split(/\s+/)) && p.nonPosixFromLine === undefined) p.nonPosixFromLine = line;
      continue;
    }
    if (global) {
      p.global.push(...list(value));
      continue;
    }
    while ((instructions[next]?.getRange().start.line ?? Infinity) <= line) next++;
    const target = instructions[next];
    if (!target) continue;
    const start = target.getRange().start.line;
    p.byLine.set(start, [...(p.byLine.get(start) ?? []), ...list(value)]);
  }
  return p;
}

/**
 * BuildKit's `# check=skip=…` in the comments directly above an instruction (commentsBefore: blank lines between do
 * not matter, an empty `#` line drops the comments above it; the first `check` comment counts) applies to it only.
 */
function inlineChecks(dockerfile: Dockerfile, p: Pragmas): void {
  for (const [target, comments] of commentsBefore(dockerfile)) {
    const text = comments.map((c) => CHECK_COMMENT.exec(c)?.[1]).find((v) => v !== undefined);
    if (text === undefined) continue;
    const { skip, experimental } = parseCheck(text);
    const names = skip.map((n) => (n.toLowerCase() === 'all' ? ALL_BUILD_CHECKS : n));
    if (names.length) p.byLine.set(target, [...(p.byLine.get(target) ?? []), ...names]);
    p.checkExperimental.push(...experimental);
  }
}
