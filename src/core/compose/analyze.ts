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
  /** the first alias past the alias limit (an alias bomb): it and later such aliases are left out of `js` */
  excessiveAlias?: Alias;
}

/**
 * yaml's own guard against alias bombs (its toJS `maxAliasCount`, same accounting: an anchor's uses times the
 * aliasing inside it), with ten times yaml's default of 100 so a file whose 150 services merge one anchor passes.
 */
export const MAX_ALIAS_COUNT = 1000;

/** The key as the schema sees it: a scalar's value; any other key (a mapping, a list, an alias to one) is not expanded. */
const NON_SCALAR_KEY = '[non-scalar key]';

const cache = new WeakMap<Document, Analysis>();

export function analyze(doc: Document, keyOffsets?: ReadonlySet<number>): Analysis {
  const hit = cache.get(doc);
  if (hit && (!keyOffsets || [...keyOffsets].every((o) => hit.keyAt.has(o)))) return hit;
  const anchors = new Map<string, Node>();
  const aliasTargets = new Map<Alias, Node>();
  const values = new Map<Node, unknown>();
  const dollarScalars: Scalar[] = [];
  const keyAt = new Map<number, Scalar>();
  const aliasData = new Map<Node, { count: number; aliasCount: number }>();
  let excessiveAlias: Alias | undefined;
  /** yaml's getAliasCount of the node walked last */
  let ac = 1;

  // instanceof (one class check each) rather than yaml's isScalar()/isMap()/…: those read a symbol-keyed
  // property off every node, a megamorphic load that made this walk twice as slow
  const walk = (node: unknown, depth: number): unknown => {
    if (depth > 200 || node === null || node === undefined) return null;
    let value: unknown;
    if (node instanceof Scalar) {
      value = node.value;
      ac = 1;
      if (typeof value === 'string' && value.includes('$')) dollarScalars.push(node);
    } else if (node instanceof YAMLMap) {
      let most = 0;
      const obj: Record<string, unknown> = {};
      let merges: unknown[] | undefined;
      const pairs = node.items as Pair[];
      for (const pair of pairs) {
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
          // never String() an expanded key: an alias bomb as a key would be built in full
          const target = k instanceof Alias ? anchors.get(k.source) : undefined;
          if (k instanceof Alias) walk(k, depth + 1);
          obj[target instanceof Scalar ? String(target.value) : NON_SCALAR_KEY] = walk(pair.value, depth + 1);
        }
        if (ac > most) most = ac;
      }
      ac = most;
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
      let most = 0;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        arr[i] = walk(item instanceof Pair ? item.value : item, depth + 1);
        if (ac > most) most = ac;
      }
      ac = most;
      value = arr;
    } else if (node instanceof Alias) {
      const target = anchors.get(node.source);
      ac = 0;
      if (!target) return null;
      aliasTargets.set(node, target);
      const data = aliasData.get(target);
      if (data) {
        data.count += 1;
        if (data.count * data.aliasCount > MAX_ALIAS_COUNT) {
          excessiveAlias ??= node;
          return null;
        }
        ac = data.count * data.aliasCount;
      }
      return values.get(target) ?? null;
    } else {
      value = null;
      ac = 1;
    }
    const n = node as Node;
    if (n.anchor) {
      anchors.set(n.anchor, n);
      values.set(n, value);
      aliasData.set(n, { count: 0, aliasCount: ac });
    }
    return value;
  };
  const js = walk(doc.contents, 0);
  const out: Analysis = { aliasTargets, js, dollarScalars, keyAt, ...(excessiveAlias ? { excessiveAlias } : {}) };
  cache.set(doc, out);
  return out;
}
