// Small helpers over `yaml` nodes: alias and merge-key aware lookups and source ranges.
import { analyze } from './analyze';
import { Alias, Scalar, YAMLMap, YAMLSeq, type Document, type Node, type Pair } from 'yaml';

export type AnyNode = Node | null | undefined;

// Type tests by class: yaml's isMap()/isScalar()/… read a symbol-keyed property off whatever they are given,
// a megamorphic load on the rules' hot paths; `instanceof` (subclasses such as !!omap and !!set included) is a
// prototype check.
export const isMap = (node: unknown): node is YAMLMap => node instanceof YAMLMap;
export const isScalar = (node: unknown): node is Scalar => node instanceof Scalar;
export const isSeq = (node: unknown): node is YAMLSeq => node instanceof YAMLSeq;
const isAlias = (node: unknown): node is Alias => node instanceof Alias;

/** Follow aliases to the anchored node (Alias.resolve re-walks the whole document per alias: use the one-pass index). */
export function resolve(doc: Document, node: unknown): Node | undefined {
  let n = node;
  for (let i = 0; i < 16 && isAlias(n); i++) n = analyze(doc).aliasTargets.get(n);
  return n === null || n === undefined ? undefined : (n as Node);
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.source === '<<' && key.type === 'PLAIN';
}

export interface Entry {
  key: string;
  keyNode: Scalar;
  pair: Pair;
  /** the value, aliases resolved */
  value: Node | undefined;
  /** true when it came in through a `<<` merge key */
  merged: boolean;
}

// Parsed documents are never mutated, so a mapping's merged entries are computed once per node.
const entryCache = new WeakMap<object, Entry[]>();

/** A mapping's entries with `<<` merges applied (own keys win, first merge source wins), in source order. */
export function entries(doc: Document, node: unknown): Entry[] {
  const map = resolve(doc, node);
  if (!isMap(map)) return [];
  let hit = entryCache.get(map);
  if (!hit) {
    hit = computeEntries(doc, map);
    entryCache.set(map, hit);
  }
  return hit;
}

function computeEntries(doc: Document, map: YAMLMap): Entry[] {
  const own: Entry[] = [];
  let merged: Entry[] | undefined;
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      const src = resolve(doc, pair.value);
      const sources = isSeq(src) ? src.items.map((i) => resolve(doc, i)) : [src];
      merged ??= [];
      for (const s of sources)
        for (const e of entries(doc, s))
          merged.push({ key: e.key, keyNode: e.keyNode, pair: e.pair, value: e.value, merged: true });
      continue;
    }
    const keyNode = pair.key;
    if (!isScalar(keyNode)) continue;
    own.push({ key: String(keyNode.value), keyNode, pair, value: resolve(doc, pair.value), merged: false });
  }
  if (!merged) return own;
  const seen = new Set<string>();
  for (const e of own) seen.add(e.key);
  for (const e of merged)
    if (!seen.has(e.key)) {
      seen.add(e.key);
      own.push(e);
    }
  return own;
}

export function get(doc: Document, node: unknown, key: string): Entry | undefined {
  return entries(doc, node).find((e) => e.key === key);
}

/** Walk a path of keys / indices. */
export function getIn(doc: Document, node: unknown, path: readonly (string | number)[]): Node | undefined {
  let cur = resolve(doc, node);
  for (const seg of path) {
    if (isMap(cur)) cur = get(doc, cur, String(seg))?.value;
    else if (isSeq(cur)) cur = resolve(doc, cur.items[Number(seg)]);
    else return undefined;
  }
  return cur;
}

export function items(doc: Document, node: unknown): Node[] {
  const seq = resolve(doc, node);
  return isSeq(seq) ? seq.items.map((i) => resolve(doc, i)).filter((i): i is Node => !!i) : [];
}

/** A scalar's value as a string (numbers and booleans too), else undefined. */
export function str(node: AnyNode): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'object' || typeof node.value === 'symbol') return undefined;
  return String(node.value);
}

/** [start, end) of the node's value in the source. */
export function offsets(node: AnyNode): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Every mapping under `root` once, in source order (aliases are not followed: their targets are visited where anchored). */
export function eachMap(root: unknown, fn: (map: YAMLMap) => void): void {
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    if (isSeq(n)) for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    else if (isMap(n)) {
      fn(n);
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]?.value);
    }
  }
}

export type { Document, Node, Pair, Scalar, YAMLMap };
