// Duplicate mapping keys, found in one pass with a set per mapping. yaml's own check (its `uniqueKeys` option) looks
// through every earlier key of the mapping for each key it adds: quadratic in a mapping's size, it took more than half
// of the parse of a 180 KB file with a few hundred services. Same meaning as yaml's: two keys are the same when both
// are scalars with equal values (`===`, so `1` and `"1"` differ and NaN never repeats); other keys never are.
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Start offsets of every key that repeats an earlier key of its mapping, in document order; iterative (no recursion). */
export function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const found: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value) && key.range) found.push(key.range[0]);
          seen.add(key.value);
        }
      }
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        if (isPair(pair)) stack.push(pair.value, pair.key);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i] as Node);
    }
  }
  return found.sort((a, b) => a - b);
}
