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

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/**
 * How a tokenize() result nests: its top-level tokens, and the tokens directly inside each token's argument.
 * Kept on the result as a non-enumerable property (a WeakMap entry per token made V8's ephemeron marking, and so
 * the whole tokenize, quadratic in the nesting).
 */
interface Nesting {
  top: VarToken[];
  inner: Map<VarToken, VarToken[]>;
}
const NESTING = Symbol('nesting');
const nestingOf = (t: Tokens): Nesting | undefined => (t as Tokens & { [NESTING]?: Nesting })[NESTING];

const nameAt = (s: string, at: number): string | undefined => {
  NAME.lastIndex = at;
  return NAME.exec(s)?.[0];
};

interface Frame {
  /** offset of the `$` in the value */
  start: number;
  valid: boolean;
  name?: string;
  op?: Operator;
  argStart: number;
  inner: VarToken[];
  varsMark: number;
  problemsMark: number;
}

/**
 * One pass, no recursion: nested `${A:-${B:-…}}` keeps a stack of open braces, so depth and length cost the same
 * linear time and no call stack. Tokens come out innermost first (a token after the tokens of its argument).
 */
export function tokenize(value: string, offset = 0, out: Tokens = { vars: [], problems: [] }): Tokens {
  const stack: Frame[] = [];
  const top: VarToken[] = [];
  const inner = nestingOf(out)?.inner ?? new Map<VarToken, VarToken[]>();
  /** open frames from the first invalid one up: their contents are not tokenized */
  let invalidDepth = 0;
  const n = value.length;
  let j = 0;
  while (j < n) {
    if (stack.length === 0) {
      j = value.indexOf('$', j);
      if (j === -1) break;
    }
    const c = value[j];
    if (c === '$') {
      const next = value[j + 1];
      if (next === '$') {
        j += 2;
        continue;
      }
      if (next === '{') {
        const frame: Frame = {
          start: j,
          valid: false,
          argStart: j + 2,
          inner: [],
          varsMark: out.vars.length,
          problemsMark: out.problems.length,
        };
        if (invalidDepth > 0) invalidDepth++;
        else {
          const name = nameAt(value, j + 2);
          const after = j + 2 + (name?.length ?? 0);
          const op = name && value[after] !== '}' ? OPERATORS.find((o) => value.startsWith(o, after)) : undefined;
          if (name && (value[after] === '}' || op)) {
            frame.valid = true;
            frame.name = name;
            if (op) frame.op = op;
            frame.argStart = after + (op?.length ?? 0);
          } else invalidDepth = 1;
        }
        stack.push(frame);
        j = frame.argStart;
        continue;
      }
      if (invalidDepth === 0) {
        const name = nameAt(value, j + 1);
        if (name) {
          const tok: VarToken = { start: offset + j, end: offset + j + 1 + name.length, name };
          out.vars.push(tok);
          (stack.at(-1)?.inner ?? top).push(tok);
          j += 1 + name.length;
          continue;
        }
      }
      j++;
      continue;
    }
    const f = c === '}' ? stack.pop() : undefined;
    if (f) {
      if (invalidDepth > 0) {
        if (--invalidDepth === 0) {
          const body = value.slice(f.start + 2, j);
          out.problems.push({
            start: offset + f.start,
            end: offset + j + 1,
            message: `invalid interpolation format \`\${${body}}\`: expected \${NAME}, \${NAME:-default}, \${NAME:?error} or \${NAME:+alternative}`,
          });
        }
      } else if (f.name !== undefined) {
        // with no invalid frame open, the closed frame is a valid one: it has a name
        const tok: VarToken = { start: offset + f.start, end: offset + j + 1, name: f.name };
        if (f.op) {
          tok.op = f.op;
          tok.arg = value.slice(f.argStart, j);
          inner.set(tok, f.inner);
        }
        out.vars.push(tok);
        (stack.at(-1)?.inner ?? top).push(tok);
      }
      j++;
      continue;
    }
    j++;
  }
  const [f] = stack;
  if (f) {
    // the outermost open brace never closes: nothing after it counts
    out.vars.length = f.varsMark;
    out.problems.length = f.problemsMark;
    const firstInside = top.findIndex((t) => t.start >= offset + f.start);
    if (firstInside !== -1) top.length = firstInside;
    out.problems.push({
      start: offset + f.start,
      end: offset + n,
      message: 'unterminated `${`: add the closing `}` (write `$$` for a literal `$`)',
    });
  }
  const nesting: Nesting = { top: [...(nestingOf(out)?.top ?? []), ...top], inner };
  Object.defineProperty(out, NESTING, { value: nesting, configurable: true, enumerable: false });
  return out;
}

export type Env = (name: string) => string | undefined;

const unsetIn = (tok: VarToken, v: string | undefined) =>
  v === undefined || ((tok.op?.startsWith(':') ?? false) && v === '');

/** Whether the argument's value decides the token's value, given the variable's value. */
const needsArg = (tok: VarToken, v: string | undefined) => {
  switch (tok.op) {
    case ':-':
    case '-':
      return unsetIn(tok, v);
    case ':+':
    case '+':
      return !unsetIn(tok, v);
    default:
      return false;
  }
};

function innerTokens(tok: VarToken, known: Map<VarToken, VarToken[]>): VarToken[] {
  let inner = known.get(tok);
  if (!inner) {
    // a token from elsewhere: tokenize its argument, at its place in the value
    const t = tokenize(tok.arg ?? '', tok.end - 1 - (tok.arg?.length ?? 0));
    inner = nestingOf(t)?.top ?? [];
    for (const [k, v] of nestingOf(t)?.inner ?? []) known.set(k, v);
    known.set(tok, inner);
  }
  return inner;
}

/** `text` (starting at offset `base`) with `$$` unescaped and each token replaced by its value. */
function stitch(text: string, base: number, tokens: readonly VarToken[], values: Map<VarToken, string>): string {
  let out = '';
  let pos = 0;
  for (const t of tokens) {
    out += text.slice(pos, t.start - base).replace(/\$\$/g, '$') + (values.get(t) ?? '');
    pos = t.end - base;
  }
  return out + text.slice(pos).replace(/\$\$/g, '$');
}

/** Values of `roots`, descending only into arguments that decide a value; iterative (any depth). */
function evaluateAll(
  roots: readonly VarToken[],
  env: Env,
  known: Map<VarToken, VarToken[]> = new Map(),
): Map<VarToken, string> {
  const values = new Map<VarToken, string>();
  // a stack of tokens, and beside it whether each one's argument was pushed already (no object per entry)
  const todo: VarToken[] = roots.slice().reverse();
  const expanded: boolean[] = todo.map(() => false);
  for (let tok = todo.at(-1); tok; tok = todo.at(-1)) {
    const v = env(tok.name);
    const needs = needsArg(tok, v);
    if (needs && !expanded[expanded.length - 1]) {
      expanded[expanded.length - 1] = true;
      for (const k of innerTokens(tok, known)) {
        todo.push(k);
        expanded.push(false);
      }
      continue;
    }
    todo.pop();
    expanded.pop();
    values.set(
      tok,
      needs
        ? stitch(tok.arg ?? '', tok.end - 1 - (tok.arg?.length ?? 0), innerTokens(tok, known), values)
        : tok.op === ':+' || tok.op === '+'
          ? ''
          : (v ?? ''),
    );
  }
  return values;
}

/** Whether the token's variable counts as missing: unset (or empty for `:?`) where no default or alternative applies. */
function isMissing(tok: VarToken, env: Env): boolean {
  const v = env(tok.name);
  return tok.op === ':?' || tok.op === '?' ? unsetIn(tok, v) : tok.op ? false : v === undefined;
}

/** The value a token takes, and whether the variable was unset (or empty for the `:` forms). */
export function evaluate(tok: VarToken, env: Env): { value: string; missing: boolean } {
  let value: string | undefined;
  return {
    missing: isMissing(tok, env),
    // computed on first read: most callers only ask whether the variable is missing
    get value() {
      value ??= evaluateAll([tok], env).get(tok) ?? '';
      return value;
    },
  };
}

/** Interpolate a whole string (nested defaults included). */
export function interpolate(value: string, env: Env): string {
  if (!value.includes('$')) return value;
  return interpolateTokens(value, tokenize(value), env);
}

function interpolateTokens(value: string, t: Tokens, env: Env): string {
  const n = nestingOf(t) ?? { top: [], inner: new Map<VarToken, VarToken[]>() };
  return stitch(value, 0, n.top, evaluateAll(n.top, env, n.inner));
}

/** The value compose would use, or undefined when it cannot be known here (no env, a variable unset without default, bad syntax). */
export function resolveKnown(value: string, env: Env | undefined): string | undefined {
  if (!value.includes('$')) return value;
  if (!env) return undefined;
  const t = tokenize(value);
  if (t.problems.length) return undefined;
  for (const v of t.vars) if (isMissing(v, env)) return undefined;
  return interpolateTokens(value, t, env);
}
