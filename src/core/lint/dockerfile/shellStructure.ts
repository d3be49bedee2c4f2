// The pre-pass of shell.ts: what shell-quote does not see (newlines, comments, heredoc bodies, `$(…)` and
// backticks) made explicit, plus the scanning helpers the position-keeping word scan (shellWords.ts) shares.

export const SUBSTITUTION = '${_}';
const ARITHMETIC = '${__}';

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
      // `$((…))` is arithmetic: a value, with no body to stand in for
      if (s[i + 2] === '(') out += ARITHMETIC;
      else {
        subs.push(s.slice(i + 2, end));
        out += SUBSTITUTION;
      }
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
export function closingParen(s: string, from: number): number {
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
export function heredocEnd(s: string, from: number, h: { delim: string; tabs: boolean }): number {
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
