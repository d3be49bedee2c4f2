// Where the words of a RUN's shell script stand in the Dockerfile. shell-quote (shell.ts) gives words without
// positions, so this scanner splits the same text the same way — quotes, `\` escapes, operators, redirections,
// comments, heredoc bodies, `$(…)` and backticks kept inside their word — while carrying, for every character it
// keeps, the document offset it came from. Unquoting a word keeps that map, so the script of an `sh -c '…'` word or
// the body of a `$(…)` is scanned again as a source of its own and its words still land on exact positions, across
// Dockerfile line continuations and CRLF. Hand-written: the parsers that report positions (bash-parser and its fork,
// mvdan-sh, tree-sitter-bash, sh-syntax) are 10–50 times slower per script, async WASM, or unmaintained (shell.ts).
import { closingParen, heredocEnd } from './shellStructure';

/** Text with the document offset of each of its characters. */
export interface Source {
  text: string;
  at: number[];
}

export interface ShellWord {
  /** the word with quotes and escapes removed */
  value: string;
  /** document offset of each character of `value` */
  at: number[];
  /** document offsets of the word as written (quotes included), [start, end) */
  start: number;
  end: number;
  /** first word after an operator (`;`, `&&`, `|`, `(` …) or at the start: where a command begins */
  first: boolean;
}

export interface Scan {
  words: ShellWord[];
  /** bodies of the `$(…)` / backtick substitutions in the order of the text (double-quoted ones included) */
  subs: Source[];
}

const isOperator = (c: string) => c === ';' || c === '&' || c === '|' || c === '(' || c === ')';
const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/**
 * The shell text of a RUN as Docker hands it over (node.ts `script`): each line continuation (the escape character,
 * blanks, a newline) joins its line to the next with a space, comment lines after one are dropped.
 */
export function scriptSource(raw: string, base: number, escape: string): Source {
  const src: Source = { text: '', at: [] };
  let continued = false;
  let i = 0;
  while (i <= raw.length) {
    const nl = raw.indexOf('\n', i);
    const end = nl < 0 ? raw.length : nl;
    let line = end;
    if (raw[line - 1] === '\r' && nl >= 0) line--;
    const first = i === 0;
    if (!(continued && /^\s*#/.test(raw.slice(i, line)))) {
      let keep = line;
      while (keep > i && (raw[keep - 1] === ' ' || raw[keep - 1] === '\t')) keep--;
      continued = keep > i && raw[keep - 1] === escape;
      if (!first) push(src, ' ', base + i - 1);
      const to = continued ? keep - 1 : line;
      for (let j = i; j < to; j++) push(src, raw.charAt(j), base + j);
    }
    if (nl < 0) break;
    i = nl + 1;
  }
  return src;
}

function push(src: Source, s: string, at: number): void {
  src.text += s;
  src.at.push(at);
}

function slice(src: Source, from: number, to: number): Source {
  return { text: src.text.slice(from, to), at: src.at.slice(from, to) };
}

/** Words and substitutions of a shell script. Never throws. */
export function scan(src: Source): Scan {
  const { text, at } = src;
  const words: ShellWord[] = [];
  const subs: Source[] = [];
  const heredocs: { delim: string; tabs: boolean }[] = [];
  let i = 0;
  let target = false; // the word after a redirection (`> file`) is its target, not a word of the command
  let first = true;
  const substitution = () => {
    const end = closingParen(text, i + 2);
    if (text[i + 2] !== '(') subs.push(slice(src, i + 2, end)); // `$((…))` is arithmetic
    i = Math.min(end + 1, text.length);
  };
  const backtick = () => {
    const body: Source = { text: '', at: [] };
    let j = i + 1;
    for (; j < text.length && text[j] !== '`'; j++) {
      if (text[j] === '\\' && '`$\\'.includes(text[j + 1] ?? '')) j++;
      const offset = at[j]; // at holds an offset for each character of text
      if (j < text.length && offset !== undefined) push(body, text.charAt(j), offset);
    }
    subs.push(body);
    i = Math.min(j + 1, text.length);
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n') {
      first = true;
      for (const h of heredocs.splice(0)) i = heredocEnd(text, i + 1, h);
      i++;
      continue;
    }
    if (c === '<' || c === '>') {
      const m = /^<<(-?)[ \t]*(?:'([^']*)'|"([^"]*)"|\\?([^\s;&|()<>]+))/.exec(text.slice(i, i + 200));
      if (m && text[i + 2] !== '<') {
        heredocs.push({ delim: m[2] ?? m[3] ?? m[4] ?? '', tabs: m[1] === '-' });
        i += m[0].length;
        continue;
      }
      const from = i;
      while (text[i] === '<' || text[i] === '>' || text[i] === '&') i++;
      if (text[i] === '(') continue; // process substitution: a separator
      const last = words.at(-1);
      if (last && last.end === at[from] && /^\d$/.test(last.value)) words.pop();
      target = true;
      continue;
    }
    if (isBlank(c) || isOperator(c)) {
      if (isOperator(c)) first = true;
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    const word = { value: '', at: [] as number[] };
    const keep = (k: number) => {
      const offset = at[k];
      if (offset === undefined) return;
      word.value += text[k];
      word.at.push(offset);
    };
    const keepUpTo = (from: number) => {
      for (let k = from; k < i; k++) keep(k);
    };
    while (i < text.length) {
      const ch = text.charAt(i);
      if (isBlank(ch) || isOperator(ch) || ch === '<' || ch === '>') break;
      if (ch === "'") {
        const end = text.indexOf("'", i + 1);
        const to = end < 0 ? text.length : end;
        for (let k = i + 1; k < to; k++) keep(k);
        i = to + 1;
      } else if (ch === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          const from = i;
          if (text[i] === '\\' && i + 1 < text.length && '$`"\\\n'.includes(text.charAt(i + 1))) {
            if (text[i + 1] !== '\n') keep(i + 1);
            i += 2;
          } else if (text[i] === '$' && text[i + 1] === '(') {
            substitution();
            keepUpTo(from);
          } else if (text[i] === '`') {
            backtick();
            keepUpTo(from);
          } else keep(i++);
        }
        i++;
      } else if (ch === '\\' && i + 1 < text.length) {
        if (text[i + 1] !== '\n') keep(i + 1);
        i += 2;
      } else if (ch === '$' && text[i + 1] === '(') {
        const from = i;
        substitution();
        keepUpTo(from);
      } else if (ch === '`') {
        const from = i;
        backtick();
        keepUpTo(from);
      } else keep(i++);
    }
    const last = Math.min(i, text.length) - 1;
    if (target) target = false;
    else {
      const [startAt, lastAt] = [at[start], at[last]];
      if (startAt !== undefined && lastAt !== undefined)
        words.push({ value: word.value, at: word.at, start: startAt, end: lastAt + 1, first });
    }
    first = false;
  }
  return { words, subs };
}

/** Words of `text` (a RUN's arguments as written) with offsets in it; `escape` is the Dockerfile's escape character. */
export function shellWords(text: string, escape = '\\'): ShellWord[] {
  return scan(scriptSource(text, 0, escape)).words;
}
