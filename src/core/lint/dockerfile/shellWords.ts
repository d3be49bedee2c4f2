// Where the words of a RUN's shell script stand in the Dockerfile: shell-quote (shell.ts) gives the words without
// positions, so this scanner splits the instruction's own text the same way — quotes, `\` escapes, the Dockerfile's
// line continuations and comment lines, operators, `$(…)` and backticks kept inside their word — and records each
// word's offsets. The k-th word equal to a command's name here is the k-th one shell.ts counted.

export interface ShellWord {
  /** the word with quotes and escapes removed */
  value: string;
  /** offsets in the scanned text, [start, end) */
  start: number;
  end: number;
}

const OPERATOR = /[;&|()<>]/;
const BLANK = /[ \t\r\n]/;

/** Words of `text` (a RUN's arguments as written); `escape` is the Dockerfile's escape character. Never throws. */
export function shellWords(text: string, escape = '\\'): ShellWord[] {
  const words: ShellWord[] = [];
  let i = 0;
  /** the word after a redirection (`> file`, `2>&1`) is its target, not a word of the command */
  let target = false;
  /** a Dockerfile line continuation at i: the escape character, blanks, a newline */
  const continuation = (at: number): number => {
    if (text[at] !== escape) return -1;
    let j = at + 1;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '\r') j++;
    return text[j] === '\n' ? j + 1 : -1;
  };
  /** after a continuation, comment lines inside the instruction are dropped (as Docker does) */
  const skipCommentLines = () => {
    for (;;) {
      let j = i;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (text[j] !== '#') return;
      const nl = text.indexOf('\n', j);
      i = nl < 0 ? text.length : nl + 1;
    }
  };
  /** past a `$(…)` at i (i on the `$`), nesting and quotes counted */
  const skipSubstitution = () => {
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text.charAt(i);
      if (c === '\\') i++;
      else if (c === "'") i = Math.max(i, text.indexOf("'", i + 1) < 0 ? text.length : text.indexOf("'", i + 1));
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        i++;
        return;
      }
    }
  };
  while (i < text.length) {
    const cont = continuation(i);
    if (cont >= 0) {
      i = cont;
      skipCommentLines();
      continue;
    }
    const c = text.charAt(i);
    if (c === '<' || c === '>') {
      const from = i;
      while (text[i] === '<' || text[i] === '>' || text[i] === '&') i++;
      if (text[i] === '(') continue; // process substitution: a separator
      const last = words.at(-1);
      if (last && last.end === from && /^\d$/.test(last.value)) words.pop();
      target = true;
      continue;
    }
    if (BLANK.test(c) || OPERATOR.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    const start = i;
    let value = '';
    while (i < text.length) {
      const cont2 = continuation(i);
      if (cont2 >= 0) {
        i = cont2;
        skipCommentLines();
        continue;
      }
      const ch = text.charAt(i);
      if (BLANK.test(ch) || OPERATOR.test(ch)) break;
      if (ch === "'") {
        const end = text.indexOf("'", i + 1);
        value += text.slice(i + 1, end < 0 ? text.length : end);
        i = end < 0 ? text.length : end + 1;
      } else if (ch === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length && '$`"\\\n'.includes(text.charAt(i + 1))) {
            value += text[i + 1];
            i += 2;
          } else value += text[i++];
        }
        i++;
      } else if (ch === '\\' && i + 1 < text.length) {
        value += text[i + 1];
        i += 2;
      } else if (ch === '$' && text[i + 1] === '(') {
        const from = i;
        skipSubstitution();
        value += text.slice(from, i);
      } else if (ch === '`') {
        const end = text.indexOf('`', i + 1);
        const to = end < 0 ? text.length : end + 1;
        value += text.slice(i, to);
        i = to;
      } else {
        value += ch;
        i++;
      }
    }
    if (target) target = false;
    else words.push({ value, start, end: Math.min(i, text.length) });
  }
  return words;
}
