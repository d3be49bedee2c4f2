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

export interface Command {
  /** program name, e.g. `apt-get` (leading VAR=value assignments and reserved words skipped) */
  name: string;
  /** words after the name, quotes removed, `$VAR` kept as `${VAR}` (a command substitution reads `${_}`) */
  args: string[];
  /** nth occurrence of this name among the words of the script, arguments included (to find its range) */
  occurrence: number;
  /** parsed from an `sh -c` string or a `$(…)` / backtick substitution (nested commands are listed in the order of the text) */
  nested?: boolean;
  /** the command reads a pipe (`a | b`: true for b) */
  afterPipe?: boolean;
}

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
const SUBSTITUTION = '${_}';
/** `$(…)` / `sh -c` nesting looked into; deeper commands go unchecked (the lint says so: see nesting.ts). */
export const MAX_SUBSTITUTION_DEPTH = 32;

type Entry = ReturnType<typeof parseShell>[number];

/** `$(…)` bodies waiting for the word that stands in for them (SUBSTITUTION). */
interface Substitutions {
  bodies: string[];
  next: number;
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
): Command[] {
  // deeper substitutions are not looked into (each level rescans its body; see MAX_SUBSTITUTION_DEPTH)
  if (depth > MAX_SUBSTITUTION_DEPTH) return [];
  let subs: string[] = [];
  if (NEEDS_STRUCTURE.test(script)) ({ text: script, subs } = structure(script));
  const own: Substitutions | undefined = subs.length ? { bodies: subs, next: 0 } : undefined;
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
  const substitutionsIn = (from: number, to: number) => {
    if (!q) return;
    for (const w of words.slice(from, to)) {
      for (
        let at = w.indexOf(SUBSTITUTION);
        at !== -1 && q.next < q.bodies.length;
        at = w.indexOf(SUBSTITUTION, at + SUBSTITUTION.length)
      ) {
        const body = q.bodies[q.next++];
        if (body !== undefined) out.push(...parseCommands(body, true, new Map(), undefined, depth + 1));
      }
    }
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
        ...(piped ? { afterPipe: true } : {}),
      };
      substitutionsIn(0, i);
      out.push(cmd);
      const c = shellScriptIndex(cmd);
      const script = c === -1 ? words.length : i + 1 + c;
      substitutionsIn(i + 1, script);
      const scriptText = words[script];
      if (scriptText !== undefined) {
        out.push(...parseCommands(scriptText, true, new Map(), q, depth + 1));
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
  if (own)
    for (let body = own.bodies[own.next]; body !== undefined; body = own.bodies[++own.next])
      out.push(...parseCommands(body, true, new Map(), undefined, depth + 1));
  return out;
}

/**
 * What shell-quote does not see, made explicit: unquoted newlines become `;`, comments and heredoc bodies
 * go, `\`-newline joins lines, and each `$(…)` / backtick substitution becomes the word `${_}` with its body
 * returned apart (parsed as commands of its own).
 */
export function structure(s: string): { text: string; subs: string[] } {
  let out = '';
  const subs: string[] = [];
  const heredocs: { delim: string; tabs: boolean }[] = [];
  let dq = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\') {
      if (s[i + 1] === '\n') {
        i++;
        continue;
      }
      if (s[i + 1] === '\r' && s[i + 2] === '\n') {
        i += 2;
        continue;
      }
      out += s.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '$' && s[i + 1] === '(') {
      const end = closingParen(s, i + 2);
      if (s[i + 2] !== '(') subs.push(s.slice(i + 2, end)); // `$((…))` is arithmetic
      out += SUBSTITUTION;
      i = end;
      continue;
    }
    if (c === '`') {
      let j = i + 1;
      while (j < s.length && s[j] !== '`') j += s[j] === '\\' ? 2 : 1;
      subs.push(s.slice(i + 1, j).replace(/\\([`$\\])/g, '$1'));
      out += SUBSTITUTION;
      i = j;
      continue;
    }
    if (dq) {
      if (c === '"') dq = false;
      out += c;
      continue;
    }
    if (c === '"') {
      dq = true;
      out += c;
      continue;
    }
    if (c === "'") {
      const j = s.indexOf("'", i + 1);
      const end = j < 0 ? s.length - 1 : j;
      out += s.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '#' && (i === 0 || /[\s;&|()<>]/.test(s.charAt(i - 1)))) {
      while (i + 1 < s.length && s[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '#') {
      out += '\\#'; // inside a word (`repo.git#v1`): shell-quote would take the rest of the line for a comment
      continue;
    }
    if (c === '<' && s[i + 1] === '<' && s[i + 2] !== '<') {
      const m = /^<<(-?)[ \t]*(?:'([^']*)'|"([^"]*)"|\\?([^\s;&|()<>]+))/.exec(s.slice(i, i + 200));
      if (m) {
        heredocs.push({ delim: m[2] ?? m[3] ?? m[4] ?? '', tabs: m[1] === '-' });
        out += ' ';
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '\n') {
      out += ';';
      for (const h of heredocs.splice(0)) i = heredocEnd(s, i + 1, h) - 1;
      continue;
    }
    out += c;
  }
  return { text: out, subs };
}

/** Index of the `)` closing a `$(` whose body starts at `from` (or the end of the text). */
function closingParen(s: string, from: number): number {
  let depth = 1;
  let q = '';
  for (let i = from; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\' && q !== "'") {
      i++;
      continue;
    }
    if (q) {
      if (c === q) q = '';
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return s.length;
}

/** Index of the newline ending a heredoc body that starts at `from` (its delimiter line included). */
function heredocEnd(s: string, from: number, h: { delim: string; tabs: boolean }): number {
  let i = from;
  while (i < s.length) {
    const nl = s.indexOf('\n', i);
    const end = nl < 0 ? s.length : nl;
    let line = s.slice(i, end).replace(/\r$/, '');
    if (h.tabs) line = line.replace(/^\t+/, '');
    if (line === h.delim) return end;
    i = end + 1;
  }
  return s.length;
}

function shellScriptIndex(cmd: Command): number {
  if (!SHELLS.has(cmd.name)) return -1;
  const skip = cmd.name === '/usr/bin/env' ? 1 : 0;
  const c = cmd.args.findIndex((a, k) => k >= skip && /^-[a-z]*c[a-z]*$/.test(a));
  return c >= 0 && c + 1 < cmd.args.length ? c + 1 : -1;
}

export { hasFlag, isSubcommand, positionals } from './commandArgs';
