// How deep a compose file's collections nest, read from yaml's syntax tree (its CST) without recursion. yaml composes
// nested collections recursively: some hundreds of levels down it runs out of stack, at a depth that depends on how
// far the JIT has optimised its code, so one file could give different findings from run to run. Real compose files
// nest about a dozen levels; past MAX_NESTING the file is read up to that line, and one finding says so.
import type { CST } from 'yaml';

export const MAX_NESTING = 200;

/** The offset of the first collection nested more than `limit` levels deep in the tokens, or undefined. */
export function tooDeepAt(tokens: readonly CST.Token[], limit = MAX_NESTING): number | undefined {
  let first: number | undefined;
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { token } = top;
    const depth = isCollection(token) ? top.depth + 1 : top.depth;
    if (depth > limit) first = Math.min(first ?? token.offset, token.offset);
    else for (const child of children(token)) stack.push({ token: child, depth });
  }
  return first;
}

function isCollection(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

function children(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      return token.items.flatMap((item) => [
        ...('key' in item && item.key ? [item.key] : []),
        ...(item.value ? [item.value] : []),
      ]);
    default:
      return [];
  }
}
