/**
 * Reads the atoms of a VS Code `when` clause (`key`, `!key`, `key == value`, `key =~ /re/`, `key in
 * list`, `key > 2`, joined by `&&`/`||`, in parentheses) so a test can check every key and value against
 * what the extension really contributes. Syntax is judged by VS Code's own parser
 * (`_validateWhenClauses`); VS Code's parser is not published as a package, hence this small reader.
 */
export type WhenOp = '==' | '!=' | '=~' | 'in' | 'not in' | '>' | '>=' | '<' | '<=';

export interface WhenAtom {
  key: string;
  op?: WhenOp;
  /** Right-hand side: a literal for ==/!=, a key for in, the pattern for =~. */
  value?: string;
  regex?: RegExp;
  /** Under an odd number of `!` (through parentheses too). */
  negated: boolean;
}

type Token = { t: 'op' | 'word' | 'str' | 'regex'; v: string; flags?: string };

const OPS = ['===', '!==', '&&', '||', '==', '!=', '=~', '>=', '<=', '>', '<', '!', '(', ')'] as const;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated string at ${i}`);
      out.push({ t: 'str', v: src.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '/' && out.at(-1)?.v === '=~') {
      let j = i + 1;
      let inClass = false;
      for (; j < src.length; j++) {
        const d = src[j];
        if (d === '\\') {
          j++;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      if (j >= src.length) throw new Error(`unterminated regex at ${i}`);
      const flags = /^[a-z]*/.exec(src.slice(j + 1))![0];
      out.push({ t: 'regex', v: src.slice(i + 1, j), flags });
      i = j + 1 + flags.length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ t: 'op', v: op === '===' ? '==' : op === '!==' ? '!=' : op });
      i += op.length;
      continue;
    }
    const m = /^[^\s()!=<>&|']+/.exec(src.slice(i))!;
    out.push({ t: 'word', v: m[0] });
    i += m[0].length;
  }
  return out;
}

/** The atoms of `src`, left to right. Throws on text it cannot read. */
export function whenAtoms(src: string): WhenAtom[] {
  const toks = tokenize(src);
  const atoms: WhenAtom[] = [];
  let p = 0;
  const peek = () => toks[p];
  const expect = (pred: (t: Token) => boolean, what: string): Token => {
    const t = toks[p++];
    if (!t || !pred(t)) throw new Error(`expected ${what} in '${src}'`);
    return t;
  };
  const expr = (negated = false): void => {
    term(negated);
    while (peek()?.t === 'op' && (peek()!.v === '&&' || peek()!.v === '||')) {
      p++;
      term(negated);
    }
  };
  const term = (negated = false): void => {
    const t = peek();
    if (t?.t === 'op' && t.v === '!') {
      p++;
      term(!negated);
      return;
    }
    if (t?.t === 'op' && t.v === '(') {
      p++;
      expr(negated);
      expect((x) => x.v === ')', "')'");
      return;
    }
    const key = expect((x) => x.t === 'word', 'a key').v;
    const n = peek();
    if (n?.t === 'op' && ['==', '!=', '>', '>=', '<', '<='].includes(n.v)) {
      p++;
      const v = expect((x) => x.t === 'word' || x.t === 'str', 'a value');
      atoms.push({ key, op: n.v as WhenOp, value: v.v, negated });
    } else if (n?.t === 'op' && n.v === '=~') {
      p++;
      const v = expect((x) => x.t === 'regex', 'a /regex/');
      atoms.push({ key, op: '=~', value: v.v, regex: new RegExp(v.v, v.flags), negated });
    } else if (n?.t === 'word' && (n.v === 'in' || (n.v === 'not' && toks[p + 1]?.v === 'in'))) {
      const op: WhenOp = n.v === 'in' ? 'in' : 'not in';
      p += op === 'in' ? 1 : 2;
      atoms.push({ key, op, value: expect((x) => x.t === 'word' || x.t === 'str', 'a key').v, negated });
    } else {
      atoms.push({ key, negated });
    }
  };
  if (toks.length) expr();
  if (p !== toks.length) throw new Error(`unexpected '${toks[p]?.v}' in '${src}'`);
  return atoms;
}
