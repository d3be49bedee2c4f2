// One pass over a parsed document: anchors and alias targets, the plain JS value (merge keys applied, as the
// schema sees it), and the scalars holding a `$` (interpolation). yaml's own visit() and toJS() allocate a path
// per node and re-walk the document per alias; on a 5,000-line file this single walk is several times cheaper.
import { Alias, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';

export interface Analysis {
  aliasTargets: Map<Alias, Node>;
  /** plain value for schema validation */
  js: unknown;
  /** value scalars (not keys) whose string contains `$` */
  dollarScalars: Scalar[];
  /** key scalars by start offset, filled only for offsets passed to analyze() (duplicate-key lookups) */
  keyAt: Map<number, Scalar>;
}

const cache = new WeakMap<Document, Analysis>();

export function analyze(doc: Document, keyOffsets?: ReadonlySet<number>): Analysis {
  const hit = cache.get(doc);
  if (hit && (!keyOffsets || [...keyOffsets].every((o) => hit.keyAt.has(o)))) return hit;
  const anchors = new Map<string, Node>();
  const aliasTargets = new Map<Alias, Node>();
  const values = new Map<Node, unknown>();
  const dollarScalars: Scalar[] = [];
  const keyAt = new Map<number, Scalar>();

  // instanceof (one class check each) rather than yaml's isScalar()/isMap()/…: those read a symbol-keyed
  // property off every node, a megamorphic load that made this walk twice as slow
  const walk = (node: unknown, depth: number): unknown => {
    if (depth > 200 || node === null || node === undefined) return null;
    let value: unknown;
    if (node instanceof Scalar) {
      value = node.value;
      if (typeof value === 'string' && value.includes('$')) dollarScalars.push(node);
    } else if (node instanceof YAMLMap) {
      const obj: Record<string, unknown> = {};
      let merges: unknown[] | undefined;
      const pairs = node.items as Pair[];
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i]!;
        const k = pair.key;
        if (k instanceof Scalar) {
          if (k.source === '<<' && k.type === 'PLAIN') {
            const v = walk(pair.value, depth + 1);
            merges ??= [];
            if (pair.value instanceof YAMLSeq) merges.push(...(v as unknown[]));
            else merges.push(v);
            continue;
          }
          if (keyOffsets && k.range && keyOffsets.has(k.range[0])) keyAt.set(k.range[0], k);
          obj[String(k.value)] = walk(pair.value, depth + 1);
        } else {
          obj[String(walk(k, depth + 1))] = walk(pair.value, depth + 1);
        }
      }
      if (merges) {
        for (const m of merges) {
          if (!m || typeof m !== 'object' || Array.isArray(m)) continue;
          for (const k of Object.keys(m)) if (!(k in obj)) obj[k] = (m as Record<string, unknown>)[k];
        }
      }
      value = obj;
    } else if (node instanceof YAMLSeq) {
      const items = node.items as unknown[];
      const arr = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        arr[i] = walk(item instanceof Pair ? item.value : item, depth + 1);
      }
      value = arr;
    } else if (node instanceof Alias) {
      const target = anchors.get(node.source);
      if (target) aliasTargets.set(node, target);
      return target ? (values.get(target) ?? null) : null;
    } else {
      value = null;
    }
    const n = node as Node;
    if (n.anchor) {
      anchors.set(n.anchor, n);
      values.set(n, value);
    }
    return value;
  };
  const js = walk(doc.contents, 0);
  const out: Analysis = { aliasTargets, js, dollarScalars, keyAt };
  cache.set(doc, out);
  return out;
}
