// Commands of a RUN instruction, for the rules that look inside shell scripts.
//
// Parser choice, measured on three typical RUN scripts (Node 20): shell-quote 12 µs per script, 2 ms to
// load; mvdan-sh 130 µs, 69 ms to load (deprecated GopherJS build); bash-parser 550 µs, 37 ms to load
// (unmaintained since 2017); sh-syntax is async WASM, ~57 ms to initialise and ~20 ms per call. The DL
// rules need words, quotes, operators (&& || ; | &) and redirections — exactly what shell-quote
// tokenizes — and the language server re-lints on every keystroke, so shell-quote it is, with a small
// pre-pass (`structure`) for what it lacks: newlines, comments, heredoc bodies, `$(…)`/backticks, and
// reserved words (`then`, `do`, `!`, `{` …) skipped in command position.
import { parse as parseShell } from 'shell-quote';
import { structure, SUBSTITUTION } from './shellStructure';

export interface Command {
  /** program name, e.g. `apt-get` (leading VAR=value assignments and reserved words skipped) */
  name: string;
  /** words after the name, quotes removed, `$VAR` kept as `${VAR}` (a command substitution reads `${_}`) */
  args: string[];
  /** nth occurrence of this name among the words of the script, arguments included (to find its range) */
  occurrence: number;
  /** parsed from an `sh -c` string or a `$(…)` / backtick substitution (nested commands are listed in the order of the text) */
  nested?: boolean;
  /** where a nested command's script stands, from the top-level script down (see NestStep) */
  path?: NestStep[];
  /** the heredoc (its index in the RUN) whose body holds the command, for `RUN <<EOF` scripts */
  heredoc?: number;
  /** the command reads a pipe (`a | b`: true for b) */
  afterPipe?: boolean;
}

/**
 * One step down into a nested script: the k-th `$(…)` / backtick substitution of the script above, counted in the
 * order of its text (those inside double quotes included, arithmetic `$((…))` not), or the script of the `sh -c`
 * whose name is the `occurrence`-th word equal to `shell` there.
 */
export type NestStep = { sub: number } | { shell: string; occurrence: number };

const SEPARATORS = new Set(['&&', '||', ';', ';;', '|', '|&', '&', '(', ')', '<(']);
const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '<<<']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/usr/bin/env']);
/** words that may precede a command without being one */
const PREFIX_WORDS = new Set([
  'then',
  'do',
  'else',
  'elif',
  'if',
  'while',
  'until',
  '!',
  '{',
  '}',
  'time',
  'fi',
  'done',
  'esac',
]);
/** compound-command heads whose words up to the next separator are not a command */
const NOT_A_COMMAND = new Set(['for', 'select', 'case']);
const NEEDS_STRUCTURE = /[\n`#]|\$\(|<</;
/** `$(…)` / `sh -c` nesting looked into; deeper commands go unchecked (the lint says so: see nesting.ts). */
export const MAX_SUBSTITUTION_DEPTH = 32;

type Entry = ReturnType<typeof parseShell>[number];

/** `$(…)` bodies waiting for the word that stands in for them (SUBSTITUTION). */
interface Substitutions {
  bodies: string[];
  next: number;
  /** the path of the script the bodies were taken from */
  path: NestStep[];
}

/**
 * Splits a shell script into simple commands. Never throws. `outer`: the substitutions of the script an `sh -c`
 * string came from, whose stand-ins this string holds.
 */
export function parseCommands(
  script: string,
  nested = false,
  counts = new Map<string, number>(),
  outer?: Substitutions,
  depth = 0,
  path: NestStep[] = [],
): Command[] {
  // deeper substitutions are not looked into (each level rescans its body; see MAX_SUBSTITUTION_DEPTH)
  if (depth > MAX_SUBSTITUTION_DEPTH) return [];
  let subs: string[] = [];
  if (NEEDS_STRUCTURE.test(script)) ({ text: script, subs } = structure(script));
  const own: Substitutions | undefined = subs.length ? { bodies: subs, next: 0, path } : undefined;
  const q = own ?? outer;
  let entries: Entry[];
  try {
    // the env callback doubles shell-quote's cost, so it is only passed when there is something to keep
    entries = script.includes('$') ? parseShell(script, (key) => `\${${key}}`) : parseShell(script);
  } catch {
    return [];
  }
  const out: Command[] = [];
  // Nested commands are listed in the order of the text: a substitution's where its word stands (words[from, to)),
  // an sh -c script's at the script (with the substitutions inside it).
  /** the next body of `q`, parsed where its stand-in stands */
  const body = (q: Substitutions) => {
    const k = q.next++;
    // callers check q.next < q.bodies.length first
    return parseCommands(q.bodies[k] ?? '', true, new Map(), undefined, depth + 1, [...q.path, { sub: k }]);
  };
  const substitutionsOf = (w: string) => {
    if (!q) return;
    for (
      let at = w.indexOf(SUBSTITUTION);
      at !== -1 && q.next < q.bodies.length;
      at = w.indexOf(SUBSTITUTION, at + SUBSTITUTION.length)
    )
      out.push(...body(q));
  };
  const substitutionsIn = (from: number, to: number) => {
    if (q) for (let k = from; k < to && k < words.length; k++) substitutionsOf(words[k] ?? '');
  };
  let words: string[] = [];
  let piped = false;
  let casePattern = false;
  const flush = (op?: string) => {
    if (words.length === 0) {
      if (op === '|' || op === '|&') piped = true; // an empty command (`a |` + newline) keeps the pipe
      return;
    }
    let i = 0;
    for (;;) {
      const w = words[i];
      if (w === undefined) break;
      if (ASSIGNMENT.test(w) || PREFIX_WORDS.has(w)) i++;
      else break;
      if (w === 'time') while (words[i]?.startsWith('-')) i++;
    }
    const name = words[i];
    const skip = (casePattern && (op === ')' || op === '|')) || (name !== undefined && NOT_A_COMMAND.has(name));
    if (op === ')' && name === 'case') casePattern = false;
    else if (op === ';;') casePattern = true;
    else if (casePattern && op === ')') casePattern = false;
    if (name === 'esac' || words[0] === 'esac') casePattern = false;
    if (name !== undefined && !skip) {
      // every word counts, not only command names: `apt-get install sudo && sudo make` has its command on the second
      let n = (counts.get(name) ?? 0) + 1;
      for (let j = 0; j < i; j++) if (words[j] === name) n++;
      const cmd: Command = {
        name,
        args: words.slice(i + 1),
        occurrence: n,
        ...(nested ? { nested } : {}),
        ...(path.length ? { path } : {}),
        ...(piped ? { afterPipe: true } : {}),
      };
      substitutionsIn(0, i);
      out.push(cmd);
      const c = shellScriptIndex(cmd);
      const script = c === -1 ? words.length : i + 1 + c;
      substitutionsIn(i + 1, script);
      const scriptText = words[script];
      if (scriptText !== undefined) {
        const step = { shell: name, occurrence: n };
        out.push(...parseCommands(scriptText, true, new Map(), q, depth + 1, [...path, step]));
        substitutionsIn(script + 1, words.length);
      }
    } else substitutionsIn(0, words.length);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    words = [];
    piped = op === '|' || op === '|&';
  };
  // a redirection skips its target (i moves on inside)
  for (let i = 0, e = entries[0]; e !== undefined; e = entries[++i]) {
    if (typeof e === 'string') words.push(e);
    else if (!('op' in e))
      continue; // comments
    else if (e.op === 'glob') words.push((e as { pattern: string }).pattern);
    else if (SEPARATORS.has(e.op)) flush(e.op);
    else if (REDIRECTS.has(e.op)) {
      if (/^\d$/.test(words[words.length - 1] ?? '')) words.pop(); // `2>&1` arrives as 2, >&, 1
      i++;
    }
  }
  flush();
  // the rest of this script's own (in a redirection's target, say)
  if (own) while (own.next < own.bodies.length) out.push(...body(own));
  return out;
}

/** Index in `args` of the script an `sh -c` (`bash -c`, `env sh -c` …) runs, else -1. */
export function shellScriptIndex(cmd: Pick<Command, 'name' | 'args'>): number {
  if (!SHELLS.has(cmd.name)) return -1;
  const skip = cmd.name === '/usr/bin/env' ? 1 : 0;
  const c = cmd.args.findIndex((a, k) => k >= skip && /^-[a-z]*c[a-z]*$/.test(a));
  return c >= 0 && c + 1 < cmd.args.length ? c + 1 : -1;
}

export { hasFlag, isSubcommand, positionals } from './commandArgs';
