// The range of a RUN command's name, from positions: the script is scanned with the document offset of every
// character kept (shellWords.ts), and a nested command is reached by its path (shell.ts NestStep) — the k-th
// substitution of the script above, or the script word of an `sh -c` — then found as the occurrence-th word of its
// name in that script, which is how shell.ts counted it. Nothing is searched for in the text.
import { JSONInstruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { shellScriptIndex, type Command, type NestStep } from './shell';
import { scan, type Scan, type ShellWord, type Source } from './shellWords';
import type { Node } from './node';

const JSON_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A JSON string as written (quotes included) at `base`, decoded with the offset of each character. */
export function jsonWord(raw: string, base: number): ShellWord {
  const word: ShellWord = { value: '', at: [], start: base, end: base + raw.length, first: false };
  const end = raw.endsWith('"') && raw.length > 1 ? raw.length - 1 : raw.length;
  for (let i = 1; i < end; i++) {
    let c = raw.charAt(i);
    const from = i;
    if (c === '\\' && i + 1 < end) {
      const e = raw.charAt(++i);
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
        c = String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
        i += 4;
      } else c = JSON_ESCAPES[e] ?? e;
    }
    word.value += c;
    word.at.push(base + from);
  }
  return word;
}

/** Finds a RUN command's name in the document; one instance per walk (it keeps the scans it made). */
export class CommandRanges {
  readonly #scans = new WeakMap<Node, Map<string, Scan | undefined>>();
  /** per scanned script, where each word value stands: a command is then found without a pass over every word */
  readonly #where = new WeakMap<ShellWord[], Map<string, number[]>>();

  constructor(private readonly doc: TextDocument) {}

  range(node: Node, cmd: Command): Range | undefined {
    const hit = this.#find(node, cmd);
    const word = hit?.words[hit.i];
    return word && this.#rangeOf(word);
  }

  /**
   * Range of the first argument of the command equal to `word` (`install` of `apt-get install`), where text can be
   * inserted after it: undefined for the strings of an exec-form RUN, whose words are JSON.
   */
  argRange(node: Node, cmd: Command, word: string): Range | undefined {
    const hit = this.#find(node, cmd);
    if (!hit || (node.json && !cmd.path)) return undefined;
    for (const w of hit.words.slice(hit.i + 1)) {
      if (w.first) break;
      if (w.value === word) return this.#rangeOf(w);
    }
    return undefined;
  }

  #find(node: Node, cmd: Command): { words: ShellWord[]; i: number } | undefined {
    const words = this.#scan(node, cmd.heredoc, cmd.path ?? [])?.words;
    if (!words) return undefined;
    const i = this.#indexOf(words, cmd.name, cmd.occurrence);
    return i === undefined ? undefined : { words, i };
  }

  /** the index of the `occurrence`-th word equal to `value` */
  #indexOf(words: ShellWord[], value: string, occurrence: number): number | undefined {
    let where = this.#where.get(words);
    if (!where) {
      where = new Map();
      for (const [i, w] of words.entries()) {
        const at = where.get(w.value);
        if (at) at.push(i);
        else where.set(w.value, [i]);
      }
      this.#where.set(words, where);
    }
    return where.get(value)?.[occurrence - 1];
  }

  #rangeOf(w: ShellWord): Range {
    return { start: this.doc.positionAt(w.start), end: this.doc.positionAt(w.end) };
  }

  #scan(node: Node, heredoc: number | undefined, path: NestStep[]): Scan | undefined {
    let byPath = this.#scans.get(node);
    if (!byPath) this.#scans.set(node, (byPath = new Map()));
    const key = `${heredoc ?? ''}/${path.map((s) => ('sub' in s ? s.sub : `${s.shell}@${s.occurrence}`)).join('/')}`;
    if (byPath.has(key)) return byPath.get(key);
    let hit: Scan | undefined;
    if (path.length === 0) hit = this.#top(node, heredoc);
    else {
      const above = this.#scan(node, heredoc, path.slice(0, -1));
      const last = path.at(-1);
      const src = above && last && stepInto(above, last);
      hit = src && scan(src);
    }
    byPath.set(key, hit);
    return hit;
  }

  /** the RUN's own script: its exec-form strings, the heredoc body it runs, or its shell-form text */
  #top(node: Node, heredoc: number | undefined): Scan | undefined {
    const doc = this.doc;
    if (node.json && node.inst instanceof JSONInstruction) {
      const words = node.inst.getJSONStrings().map((s) => {
        const r = s.getRange();
        return jsonWord(doc.getText(r), doc.offsetAt(r.start));
      });
      return { words, subs: [] };
    }
    if (heredoc !== undefined) {
      const r = node.heredocs[heredoc]?.getContentRange();
      if (!r) return undefined;
      const text = doc.getText(r);
      const base = doc.offsetAt(r.start);
      return scan({ text, at: Array.from(text, (_, i) => base + i) });
    }
    let src = node.shellScript;
    // `RUN python3 <<EOF` feeds the heredoc to a program: the script is what stands before it (node.ts)
    if (node.heredocs.length > 0) {
      const cut = src.text.indexOf('<<');
      if (cut >= 0) src = { text: src.text.slice(0, cut), at: src.at.slice(0, cut) };
    }
    return scan(src);
  }
}

function stepInto(above: Scan, step: NestStep): Source | undefined {
  if ('sub' in step) return above.subs[step.sub];
  const { words } = above;
  let n = step.occurrence;
  const i = words.findIndex((w) => w.value === step.shell && --n === 0);
  if (i < 0) return undefined;
  let end = i + 1;
  while (words[end]?.first === false) end++;
  const args = words.slice(i + 1, end);
  const c = shellScriptIndex({ name: step.shell, args: args.map((w) => w.value) });
  const script = c < 0 ? undefined : args[c];
  return script && { text: script.value, at: script.at };
}
