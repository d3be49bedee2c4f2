// Compose variable interpolation: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err},
// ${VAR:+alt}, ${VAR+alt}, and `$$` as a literal `$`. Offsets are into the scalar's value.

export const OPERATORS = [':-', '-', ':?', '?', ':+', '+'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface VarToken {
  /** [start, end) of the whole `${…}` / `$VAR` in the value */
  start: number;
  end: number;
  name: string;
  op?: Operator;
  /** default / error message / alternative, still uninterpolated */
  arg?: string;
}

export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
}

export interface Tokens {
  vars: VarToken[];
  problems: SyntaxProblem[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function tokenize(value: string, offset = 0, out: Tokens = { vars: [], problems: [] }): Tokens {
  let i = value.indexOf('$');
  while (i !== -1 && i < value.length) {
    const next = value[i + 1];
    if (next === '$') {
      i = value.indexOf('$', i + 2);
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(value, i + 2);
      if (close === -1) {
        out.problems.push({
          start: offset + i,
          end: offset + value.length,
          message: 'unterminated `${`: add the closing `}` (write `$$` for a literal `$`)',
        });
        break;
      }
      const body = value.slice(i + 2, close);
      const name = NAME.exec(body)?.[0];
      const rest = name ? body.slice(name.length) : body;
      const op = OPERATORS.find((o) => rest.startsWith(o));
      if (!name || (rest !== '' && !op)) {
        out.problems.push({
          start: offset + i,
          end: offset + close + 1,
          message: `invalid interpolation format \`\${${body}}\`: expected \${NAME}, \${NAME:-default}, \${NAME:?error} or \${NAME:+alternative}`,
        });
      } else {
        const tok: VarToken = { start: offset + i, end: offset + close + 1, name };
        if (op) {
          tok.op = op;
          tok.arg = rest.slice(op.length);
          tokenize(tok.arg, offset + i + 2 + name.length + op.length, out);
        }
        out.vars.push(tok);
      }
      i = value.indexOf('$', close + 1);
      continue;
    }
    const name = NAME.exec(value.slice(i + 1))?.[0];
    if (name) out.vars.push({ start: offset + i, end: offset + i + 1 + name.length, name });
    i = value.indexOf('$', i + 1);
  }
  return out;
}

function matchingBrace(s: string, from: number): number {
  let depth = 1;
  for (let j = from; j < s.length; j++) {
    if (s[j] === '$' && s[j + 1] === '$') {
      j++;
      continue;
    }
    if (s[j] === '$' && s[j + 1] === '{') {
      depth++;
      j++;
      continue;
    }
    if (s[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

export type Env = (name: string) => string | undefined;

/** The value a token takes, and whether the variable was unset (or empty for the `:` forms). */
export function evaluate(tok: VarToken, env: Env): { value: string; missing: boolean } {
  const v = env(tok.name);
  const emptyCounts = tok.op?.startsWith(':') ?? false;
  const unset = v === undefined || (emptyCounts && v === '');
  switch (tok.op) {
    case ':-':
    case '-':
      return { value: unset ? interpolate(tok.arg ?? '', env) : v!, missing: false };
    case ':+':
    case '+':
      return { value: unset ? '' : interpolate(tok.arg ?? '', env), missing: false };
    case ':?':
    case '?':
      return { value: v ?? '', missing: unset };
    default:
      return { value: v ?? '', missing: v === undefined };
  }
}

/** Interpolate a whole string (nested defaults included). */
export function interpolate(value: string, env: Env): string {
  if (!value.includes('$')) return value;
  const { vars } = tokenize(value);
  let out = '';
  let pos = 0;
  for (const t of vars.filter((t, _i, all) => !all.some((o) => o !== t && o.start < t.start && o.end >= t.end))) {
    out += value.slice(pos, t.start).replace(/\$\$/g, '$') + evaluate(t, env).value;
    pos = t.end;
  }
  return out + value.slice(pos).replace(/\$\$/g, '$');
}

/** Split on `sep` outside `${…}` (a default may hold the separator: `${BIND:-127.0.0.1}:80`). */
export function splitOutside(value: string, sep: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  if (!value.includes('${')) {
    let start = 0;
    for (let i = value.indexOf(sep); i !== -1; i = value.indexOf(sep, i + 1)) {
      out.push({ text: value.slice(start, i), index: start });
      start = i + 1;
    }
    out.push({ text: value.slice(start), index: start });
    return out;
  }
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '$' && value[i + 1] === '$') {
      i++;
      continue;
    }
    if (c === '$' && value[i + 1] === '{') {
      depth++;
      i++;
      continue;
    }
    if (c === '}' && depth > 0) {
      depth--;
      continue;
    }
    if (c === sep && depth === 0) {
      out.push({ text: value.slice(start, i), index: start });
      start = i + 1;
    }
  }
  out.push({ text: value.slice(start), index: start });
  return out;
}

/** The value compose would use, or undefined when it cannot be known here (no env, a variable unset without default, bad syntax). */
export function resolveKnown(value: string, env: Env | undefined): string | undefined {
  if (!value.includes('$')) return value;
  if (!env) return undefined;
  const t = tokenize(value);
  if (t.problems.length) return undefined;
  for (const v of t.vars) if (evaluate(v, env).missing) return undefined;
  return interpolate(value, env);
}
