// `include:` entries of a compose file: the short form (a path) and the long form (`path:` a string or a list, the
// first being the main file and the others its overrides), with the nodes that name them.
import { resolve } from 'node:path';
import type { ComposeModel } from './model';
import { entries, items, str, type Node } from './yamlNodes';

export interface IncludeEntry {
  /** the scalar naming each path, in order */
  nodes: Node[];
  /** the paths, resolved against the including file's folder */
  paths: string[];
  /** the raw values, as written */
  raw: string[];
}

export function includeEntries(model: ComposeModel, dir: string): IncludeEntry[] {
  const inc = model.top.find((e) => e.key === 'include');
  const out: IncludeEntry[] = [];
  for (const i of items(model.doc, inc?.value)) {
    const s = str(i);
    const nodes =
      s !== undefined
        ? [i]
        : (() => {
            const p = entries(model.doc, i).find((e) => e.key === 'path')?.value;
            return p && str(p) !== undefined ? [p] : items(model.doc, p).filter((x) => str(x) !== undefined);
          })();
    const raw = nodes.flatMap((n) => str(n) || []);
    if (raw.length) out.push({ nodes, raw, paths: raw.map((r) => resolve(dir, r)) });
  }
  return out;
}

/** A path compose reads with a remote loader (git, OCI) or that depends on interpolation: not checked on disk. */
export function isRemoteOrInterpolated(raw: string): boolean {
  return raw.includes('$') || /^(oci:\/\/|git@|https?:\/\/|ssh:\/\/|git:\/\/)/.test(raw);
}
