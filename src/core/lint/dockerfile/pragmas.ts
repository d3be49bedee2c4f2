// Inline configuration users already write: hadolint's comment pragmas and BuildKit's check directive.
import type { Dockerfile } from 'dockerfile-ast';

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
}

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

/** `lineText(n)`: text of line n (directive-looking first lines are not in getComments()). */
export function readPragmas(dockerfile: Dockerfile, lineText: (line: number) => string): Pragmas {
  const p: Pragmas = { global: [], byLine: new Map(), checkSkip: [], checkError: false };
  for (const d of dockerfile.getDirectives()) {
    if (d.getName().toLowerCase() !== 'check') continue;
    for (const part of d.getValue().split(';')) {
      const [k, v = ''] = part.split('=', 2).map((s) => s.trim());
      if (k === 'skip') p.checkSkip.push(...list(v));
      else if (k === 'error') p.checkError = v.toLowerCase() === 'true';
    }
  }
  const instructions = dockerfile.getInstructions();
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
    const [, global, kind, value = ''] = m;
    if (kind!.toLowerCase() === 'shell') {
      const shell = value.trim();
      if (!isPosixShell(shell.split(/\s+/)) && p.nonPosixFromLine === undefined) p.nonPosixFromLine = line;
      continue;
    }
    if (global) {
      p.global.push(...list(value));
      continue;
    }
    while (next < instructions.length && instructions[next]!.getRange().start.line <= line) next++;
    const target = instructions[next];
    if (!target) continue;
    const start = target.getRange().start.line;
    p.byLine.set(start, [...(p.byLine.get(start) ?? []), ...list(value)]);
  }
  return p;
}
