// Which build cache records a prune may remove, and in which order: pure, over GET /system/df's BuildCache.
/** GET /system/df BuildCache entry; `Parent` until API 1.41, `Parents` from 1.42. */
export interface BuildCacheRecord {
  ID: string;
  Size: number;
  InUse: boolean;
  Shared: boolean;
  Type: string;
  Description?: string;
  Parent?: string;
  Parents?: string[] | null;
}

/**
 * Build cache records a prune can remove: not in use, and not an ancestor of one in use; children before
 * their parents, so removing them one by one never meets a record that still has a child.
 */
export function buildCacheCandidates(records: readonly BuildCacheRecord[]): BuildCacheRecord[] {
  const byId = new Map(records.map((b) => [b.ID, b]));
  const parents = (b: BuildCacheRecord) => b.Parents ?? (b.Parent ? [b.Parent] : []);
  const kept = new Set<string>();
  const keep = (id: string): void => {
    if (kept.has(id)) return;
    kept.add(id);
    const b = byId.get(id);
    if (b) for (const p of parents(b)) keep(p);
  };
  for (const b of records) if (b.InUse) keep(b.ID);
  const depths = new Map<string, number>();
  const depth = (b: BuildCacheRecord, seen = new Set<string>()): number => {
    const known = depths.get(b.ID);
    if (known !== undefined) return known;
    seen.add(b.ID);
    const ps = parents(b)
      .map((p) => byId.get(p))
      .filter((p): p is BuildCacheRecord => !!p && !seen.has(p.ID));
    const d = ps.length ? 1 + Math.max(...ps.map((p) => depth(p, seen))) : 0;
    depths.set(b.ID, d);
    return d;
  };
  return records.filter((b) => !kept.has(b.ID)).sort((a, b) => depth(b) - depth(a));
}
