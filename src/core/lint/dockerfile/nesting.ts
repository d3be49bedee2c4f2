// RUN scripts nested deeper than the shell parser looks (`$(` inside `$(` … past MAX_SUBSTITUTION_DEPTH): one
// "too deeply nested to check" notice at the instruction; the rules still check everything above that depth.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { notices } from '../notices';
import type { Node } from './node';
import { MAX_SUBSTITUTION_DEPTH } from './shell';

/** Deepest `$(` / backtick-free nesting of command substitutions in `s` (quotes ignored: an upper bound). */
export function substitutionDepth(s: string): number {
  let max = 0;
  const open: boolean[] = [];
  let subs = 0;
  for (let i = s.indexOf('('); i !== -1 && i < s.length; i++) {
    const c = s[i];
    if (c === '(') {
      const sub = s[i - 1] === '$';
      open.push(sub);
      if (sub && ++subs > max) max = subs;
    } else if (c === ')' && open.length && open.pop()) subs--;
  }
  return max;
}

/** `nodes`: the model's (parse.ts), whose keywords are read already; ONBUILD triggers are not looked into. */
export function tooDeepRuns(doc: TextDocument, nodes: readonly Node[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.keyword !== 'RUN' || node.onbuild) continue;
    const range = node.inst.getRange();
    const text = doc.getText(range);
    // a cheap count first: only a script with that many `$(` at all can nest that deep
    let n = 0;
    for (let i = text.indexOf('$('); i !== -1 && n <= MAX_SUBSTITUTION_DEPTH; i = text.indexOf('$(', i + 2)) n++;
    if (n > MAX_SUBSTITUTION_DEPTH && substitutionDepth(text) > MAX_SUBSTITUTION_DEPTH)
      out.push(notices.tooDeep(`This RUN script (command substitutions ${MAX_SUBSTITUTION_DEPTH} deep)`, range));
  }
  return out;
}
