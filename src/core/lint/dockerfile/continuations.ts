// BuildKit's line continuation (frontend/dockerfile/parser: `([^E])E[ \t]*$|^E[ \t]*$` for the escape character E):
// a line that ends with the escape character doubled (`COPY C:\\src C:\\dest\\` on Windows) is not continued.
// dockerfile-ast and dockerfile-utils continue it, running the next instruction into this one. The text both parse
// has that last escape character replaced by a `/` (same length, so every position stays), which ends the line and
// keeps the word a directory path; rules still read the document's own text.

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** the escape character the parser directives at the top of `text` set (BuildKit reads them until the first other line) */
export function escapeOf(text: string): string {
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
    const m = DIRECTIVE.exec(line);
    if (!m) break;
    const [, name = '', value] = m;
    if (name.toLowerCase() === 'escape' && (value === '`' || value === '\\')) return value;
    if (end < 0) break;
    at = end + 1;
  }
  return '\\';
}

const cache = new Map<string, RegExp>();
const doubledAtEnd = (escape: string) => {
  let re = cache.get(escape);
  if (!re) {
    const e = escape === '\\' ? '\\\\' : escape;
    re = new RegExp(`${e}${e}[ \\t]*\\r?$`, 'gm');
    cache.set(escape, re);
  }
  re.lastIndex = 0;
  return re;
};

/** `text` with each line that BuildKit ends (a doubled escape character at its end) ended for the AST parsers too */
export function withBuildKitContinuations(text: string, escape = escapeOf(text)): string {
  if (!text.includes(escape + escape)) return text;
  const re = doubledAtEnd(escape);
  let out: string | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // comment lines and heredoc bodies are not continued either way
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const head = text.slice(lineStart, m.index).trimStart();
    if (head.startsWith('#') || inHeredoc(text, lineStart)) continue;
    const at = m.index + 1;
    out = (out ?? text).slice(0, at) + '/' + (out ?? text).slice(at + 1);
  }
  return out ?? text;
}

/** whether an unterminated `<<WORD` precedes `offset` (heredoc bodies keep their text) */
function inHeredoc(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const heredocs = [...before.matchAll(/<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g)];
  return heredocs.some((h) => !new RegExp(`^\\s*${h[1]}\\s*$`, 'm').test(before.slice(h.index + h[0].length)));
}
