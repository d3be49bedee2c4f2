// Which stages a rule about the shipped image looks at, as hadolint decides it (DL3009, DL3060): the last stage,
// and any stage another stage builds on (`FROM <name>`), wherever that FROM stands. Instructions before any FROM
// count as the image when the file has no FROM at all.
import type { Node, RuleContext, Stage } from './model';

/** per list of stages (one a lint), the images the stages build on, lowercased: asked for every RUN */
const basesOf = new WeakMap<readonly Stage[], Set<string>>();

export function isShippedStage(ctx: Pick<RuleContext, 'stages'>, stage: Stage | undefined): boolean {
  const { stages } = ctx;
  if (!stage) return stages.length === 0;
  if (stage.index === stages.length - 1) return true;
  const name = stage.name;
  if (name === undefined) return false;
  let bases = basesOf.get(stages);
  if (!bases) {
    bases = new Set();
    for (const s of stages) if (s.image !== undefined) bases.add(s.image.toLowerCase());
    basesOf.set(stages, bases);
  }
  return bases.has(name);
}

export const nodeInShippedStage = (ctx: Pick<RuleContext, 'stages'>, node: Node): boolean =>
  isShippedStage(ctx, node.stage);
