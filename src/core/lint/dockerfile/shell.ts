// Commands of a RUN instruction, for the rules that look inside shell scripts.
//
// Parser choice, measured on three typical RUN scripts (Node 20): shell-quote 12 µs per script, 2 ms to
// load; mvdan-sh 130 µs, 69 ms to load (deprecated GopherJS build); bash-parser 550 µs, 37 ms to load
// (unmaintained since 2017); sh-syntax is async WASM, ~57 ms to initialise and ~20 ms per call. The DL
// rules need words, quotes, operators (&& || ; | &) and redirections — exactly what shell-quote
// tokenizes — and the language server re-lints on every keystroke, so shell-quote it is.
import { parse as parseShell } from 'shell-quote';

export interface Command {
  /** program name, e.g. `apt-get` (leading VAR=value assignments skipped) */
  name: string;
  /** words after the name, quotes removed, `$VAR` kept as `${VAR}` */
  args: string[];
  /** nth occurrence of this name among the words of the script (to find its range) */
  occurrence: number;
  /** parsed from an `sh -c` / `bash -c` string */
  nested?: boolean;
  /** the command reads a pipe (`a | b`: true for b) */
  afterPipe?: boolean;
}

const SEPARATORS = new Set(['&&', '||', ';', ';;', '|', '|&', '&', '(', ')', '<(']);
const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '<<<']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/usr/bin/env']);

type Entry = ReturnType<typeof parseShell>[number];

/** Splits a shell script into simple commands. Never throws. */
export function parseCommands(script: string, nested = false, counts = new Map<string, number>()): Command[] {
  let entries: Entry[];
  try {
    // the env callback doubles shell-quote's cost, so it is only passed when there is something to keep
    entries = script.includes('$') ? parseShell(script, (key) => `\${${key}}`) : parseShell(script);
  } catch {
    return [];
  }
  const out: Command[] = [];
  let words: string[] = [];
  let piped = false;
  const flush = (op?: string) => {
    let i = 0;
    while (i < words.length && ASSIGNMENT.test(words[i]!)) i++;
    const name = words[i];
    if (name !== undefined) {
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      const cmd: Command = { name, args: words.slice(i + 1), occurrence: n, ...(nested ? { nested } : {}), ...(piped ? { afterPipe: true } : {}) };
      out.push(cmd);
      const inner = shellCString(cmd);
      if (inner !== undefined) out.push(...parseCommands(inner, true, new Map()));
    }
    words = [];
    piped = op === '|' || op === '|&';
  };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (typeof e === 'string') words.push(e);
    else if (!('op' in e)) continue; // comments
    else if (e.op === 'glob') words.push((e as { pattern: string }).pattern);
    else if (SEPARATORS.has(e.op)) flush(e.op);
    else if (REDIRECTS.has(e.op)) {
      if (/^\d$/.test(words[words.length - 1] ?? '')) words.pop(); // `2>&1` arrives as 2, >&, 1
      i++;
    }
  }
  flush();
  return out;
}

function shellCString(cmd: Command): string | undefined {
  if (!SHELLS.has(cmd.name)) return undefined;
  const args = cmd.name === '/usr/bin/env' ? cmd.args.slice(1) : cmd.args;
  const c = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
  return c >= 0 ? args[c + 1] : undefined;
}

/** `-y`, `--yes`, combined short flags like `-qy`. */
export function hasFlag(cmd: Command, ...flags: string[]): boolean {
  for (const a of cmd.args) {
    if (a === '--') return false;
    for (const f of flags) {
      if (f.length === 1) {
        if (/^-[A-Za-z0-9]+$/.test(a) && a.includes(f)) return true;
      } else if (a === `--${f}` || a.startsWith(`--${f}=`)) return true;
    }
  }
  return false;
}

/** Words that aren't flags; `takesValue` lists flags whose next word is their value. */
export function positionals(args: readonly string[], takesValue: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { out.push(...args.slice(i + 1)); break; }
    if (a.startsWith('-')) {
      if (takesValue.includes(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** `apt-get install x` → is the subcommand `install` (first positional)? */
export function isSubcommand(cmd: Command, name: string, sub: string | readonly string[], takesValue: readonly string[] = []): boolean {
  if (cmd.name !== name) return false;
  const first = positionals(cmd.args, takesValue)[0];
  return first !== undefined && (typeof sub === 'string' ? first === sub : sub.includes(first));
}
