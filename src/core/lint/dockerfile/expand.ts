// BuildKit's word expansion (frontend/dockerfile/shell lex.go) for the instructions the builder expands itself:
// quotes, the escape character, `$NAME`, `${NAME}` and the `${NAME<op>word}` forms, recording which names were
// looked up with a value (matched) and which were not (unmatched), as ProcessWordWithMatches does.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Node } from './node';

export interface VarUse {
  name: string;
  /** offset of the name in the word */
  offset: number;
  /** looked up and not set */
  unset: boolean;
}

export interface Expansion {
  result: string;
  uses: VarUse[];
}

const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** Expand `word` with `env` (a name with value '' is set) as BuildKit's lexer does; never throws. */
export function expandWord(word: string, env: ReadonlyMap<string, string>, escape = '\\'): Expansion {
  const uses: VarUse[] = [];
  let i = 0;
  const lookup = (name: string, offset: number): string | undefined => {
    const v = env.get(name);
    uses.push({ name, offset, unset: v === undefined });
    return v;
  };

  /** a `$…` at word[i] (i on the `$`) */
  const dollar = (): string => {
    i++;
    if (word[i] !== '{') {
      const start = i;
      while (isNameChar(word[i])) i++;
      if (i === start) return '$';
      return lookup(word.slice(start, i), start) ?? '';
    }
    i++;
    const start = i;
    while (isNameChar(word[i])) i++;
    const name = word.slice(start, i);
    if (word[i] === '}' || i >= word.length) {
      i++;
      return name ? (lookup(name, start) ?? '') : '';
    }
    const colon = word[i] === ':' && '-+?'.includes(word[i + 1] ?? '');
    if (colon) i++;
    const op = word[i++] ?? '';
    if ((op === '#' || op === '%') && word[i] === op) i++;
    const arg = until('}');
    i++;
    const value = name ? lookup(name, start) : undefined;
    const empty = value === undefined || (colon && value === '');
    switch (op) {
      case '-':
        return empty ? arg : value;
      case '+':
        return empty ? '' : arg;
      case '?':
        return value ?? '';
      default:
        // `#`, `%`, `/`: pattern removal and replacement only change the value, not which names are used
        return value ?? '';
    }
  };

  /** read up to (not including) `stop` at depth 0, expanding as it goes */
  const until = (stop: string | undefined): string => {
    let out = '';
    while (i < word.length && word[i] !== stop) {
      const c = word.charAt(i);
      if (c === escape && i + 1 < word.length) {
        out += word[i + 1];
        i += 2;
      } else if (c === "'" && stop === undefined) {
        const end = word.indexOf("'", i + 1);
        out += word.slice(i + 1, end < 0 ? word.length : end);
        i = end < 0 ? word.length : end + 1;
      } else if (c === '"' && stop === undefined) {
        i++;
        while (i < word.length && word[i] !== '"') {
          if (word[i] === escape && i + 1 < word.length && '"$'.includes(word.charAt(i + 1))) {
            out += word[i + 1];
            i += 2;
          } else if (word[i] === '$') out += dollar();
          else out += word[i++];
        }
        i++;
      } else if (c === '$') out += dollar();
      else {
        out += c;
        i++;
      }
    }
    return out;
  };

  const result = until(undefined);
  return { result, uses };
}

const VARIABLE_REF = /\$\{?[A-Za-z_][A-Za-z0-9_]*/g;

/** The names `$NAME` and `${NAME…}` in `text` refer to, in order and repeated as written (quotes and escapes not read). */
export function variableNames(text: string): string[] {
  return (text.match(VARIABLE_REF) ?? []).map((ref) => ref.slice(ref[1] === '{' ? 2 : 1));
}

/** Build args BuildKit defines automatically in the global scope, with the values of a linux/amd64 build. */
export const PREDEFINED_PLATFORM_ARGS: Readonly<Record<string, string>> = {
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
};

/** The global scope FROM is expanded in: the platform args, then each ARG before the first FROM with its default
 * expanded from the earlier ones (declared without a default: set and empty, as BuildKit matches it). The walk
 * computes it once per document (RuleContext.globalArgs). */
export function globalArgs(nodes: readonly Node[], doc: TextDocument, escape: string): Map<string, string> {
  const env = new Map(Object.entries(PREDEFINED_PLATFORM_ARGS));
  for (const node of nodes) {
    if (node.stage) break;
    if (node.keyword !== 'ARG' || node.onbuild) continue;
    for (const p of node.properties) {
      const r = p.getValueRange();
      env.set(p.getName(), r ? expandWord(doc.getText(r), env, escape).result : '');
    }
  }
  return env;
}

/** The words of a FROM that BuildKit expands in the global scope: its image and its `--platform` value. */
export function fromWords(node: Node, doc: TextDocument): { text: string; range: Range }[] {
  const out: { text: string; range: Range }[] = [];
  for (const f of node.flags) {
    const r = f.getValueRange();
    if (f.getName().toLowerCase() === 'platform' && r) out.push({ text: doc.getText(r), range: r });
  }
  const image = node.args[0];
  if (image) {
    const range = image.getRange();
    out.push({ text: doc.getText(range), range });
  }
  return out;
}

/** range of a name used at `offset` of a word that starts at `start` */
export function nameRange(doc: TextDocument, word: Range, use: VarUse): Range {
  const base = doc.offsetAt(word.start) + use.offset;
  return { start: doc.positionAt(base), end: doc.positionAt(base + use.name.length) };
}
