// Every interpolation token of the document's scalar values, with the scalar it sits in (computed once per model).
import type { Scalar } from 'yaml';
import { analyze } from '../../compose/analyze';
import type { ComposeModel } from '../../compose/model';
import { tokenize, type SyntaxProblem, type VarToken } from '../../compose/interpolation';

export interface Located<T> {
  node: Scalar;
  item: T;
}

const cache = new WeakMap<ComposeModel, { vars: Located<VarToken>[]; problems: Located<SyntaxProblem>[] }>();

export function interpolations(model: ComposeModel): { vars: Located<VarToken>[]; problems: Located<SyntaxProblem>[] } {
  const hit = cache.get(model);
  if (hit) return hit;
  const vars: Located<VarToken>[] = [];
  const problems: Located<SyntaxProblem>[] = [];
  for (const node of analyze(model.doc).dollarScalars) {
    const t = tokenize(node.value as string);
    for (const v of t.vars) vars.push({ node, item: v });
    for (const p of t.problems) problems.push({ node, item: p });
  }
  const out = { vars, problems };
  cache.set(model, out);
  return out;
}
