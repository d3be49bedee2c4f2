// The compose model the checks and the language features share: declared names with their key nodes, and every
// reference a service makes (depends_on, volumes_from, links, extends, network_mode, networks, volumes, secrets, configs).
import { splitOutside } from './splitOutside';
import { parseCompose, type ParsedCompose } from './parse';
import { entries, get, isMap, isScalar, items, resolve, str, type Document, type Entry, type Node } from './yamlNodes';

export const RESOURCE_KINDS = ['network', 'volume', 'secret', 'config'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type RefKind = 'service' | ResourceKind;
export const SECTION: Record<RefKind, string> = {
  service: 'services',
  network: 'networks',
  volume: 'volumes',
  secret: 'secrets',
  config: 'configs',
};

export interface Decl {
  kind: RefKind;
  name: string;
  entry: Entry;
}

export interface Ref {
  kind: RefKind;
  name: string;
  /** the scalar (or key) holding the name */
  node: Node;
  /** where the name sits inside the scalar's value (short syntax "db:/var/lib"), when not the whole value */
  sub?: { index: number; length: number };
  /** the referring service */
  service: string;
  via:
    | 'depends_on'
    | 'volumes_from'
    | 'links'
    | 'extends'
    | 'network_mode'
    | 'ipc'
    | 'pid'
    | 'networks'
    | 'volumes'
    | 'secrets'
    | 'configs';
}

export interface ComposeModel {
  parsed: ParsedCompose;
  doc: Document;
  /** top-level entries (merge-aware) */
  top: Entry[];
  decls: Record<RefKind, Decl[]>;
  refs: Ref[];
}

export function buildModel(parsed: ParsedCompose): ComposeModel {
  const doc = parsed.doc;
  const top = entries(doc, doc.contents);
  const decls = { service: [], network: [], volume: [], secret: [], config: [] } as Record<RefKind, Decl[]>;
  for (const kind of Object.keys(SECTION) as RefKind[]) {
    const section = top.find((e) => e.key === SECTION[kind]);
    if (section) for (const entry of entries(doc, section.value)) decls[kind].push({ kind, name: entry.key, entry });
  }
  const refs: Ref[] = [];
  for (const svc of decls.service) collectRefs(doc, svc.name, svc.entry.value, refs);
  return { parsed, doc, top, decls, refs };
}

export function modelOf(text: string): ComposeModel {
  return buildModel(parseCompose(text));
}

export function findDecl(model: ComposeModel, kind: RefKind, name: string): Decl | undefined {
  return model.decls[kind].find((d) => d.name === name);
}

function collectRefs(doc: Document, service: string, svc: Node | undefined, out: Ref[]): void {
  const add = (kind: RefKind, node: Node | undefined, via: Ref['via'], name = str(node), sub?: Ref['sub']) => {
    if (node && name !== undefined && name !== '' && !name.includes('$'))
      out.push({ kind, name, node, service, via, ...(sub ? { sub } : {}) });
  };
  for (const e of entries(doc, svc)) {
    switch (e.key) {
      case 'depends_on':
      case 'networks':
      case 'links': {
        const kind: RefKind = e.key === 'networks' ? 'network' : 'service';
        if (isMap(e.value)) for (const d of entries(doc, e.value)) add(kind, d.keyNode, e.key, d.key);
        else
          for (const i of items(doc, e.value)) {
            const v = str(i);
            if (e.key === 'links' && v?.includes(':'))
              add(kind, i, e.key, v.slice(0, v.indexOf(':')), { index: 0, length: v.indexOf(':') });
            else add(kind, i, e.key);
          }
        break;
      }
      case 'volumes_from':
        for (const i of items(doc, e.value)) {
          const v = str(i);
          if (!v || v.startsWith('container:')) continue;
          const name = (v.startsWith('service:') ? v.slice(8) : v).split(':')[0] ?? '';
          add('service', i, 'volumes_from', name, { index: v.startsWith('service:') ? 8 : 0, length: name.length });
        }
        break;
      case 'extends':
        if (isScalar(e.value)) add('service', e.value, 'extends');
        else if (isMap(e.value) && !get(doc, e.value, 'file'))
          add('service', get(doc, e.value, 'service')?.value, 'extends');
        break;
      case 'network_mode':
      case 'ipc':
      case 'pid': {
        const v = str(e.value);
        if (v?.startsWith('service:')) add('service', e.value, e.key, v.slice(8), { index: 8, length: v.length - 8 });
        break;
      }
      case 'volumes':
        for (const i of items(doc, e.value)) {
          if (isMap(i)) {
            const type = str(get(doc, i, 'type')?.value);
            if (type === 'volume') add('volume', get(doc, i, 'source')?.value, 'volumes');
            continue;
          }
          const v = str(i);
          const source = v !== undefined ? namedVolumeSource(v) : undefined;
          if (source) add('volume', i, 'volumes', source, { index: 0, length: source.length });
        }
        break;
      case 'secrets':
      case 'configs':
        for (const i of items(doc, e.value)) {
          const kind: RefKind = e.key === 'secrets' ? 'secret' : 'config';
          if (isMap(i)) add(kind, get(doc, i, 'source')?.value, e.key);
          else add(kind, i, e.key);
        }
        break;
    }
  }
}

/** "db-data:/var/lib/db:ro" → "db-data"; bind mounts, anonymous volumes and paths → undefined. */
export function namedVolumeSource(spec: string): string | undefined {
  const parts = splitVolumeSpec(spec);
  const [src] = parts;
  if (parts.length < 2 || src === undefined || isPathLike(src)) return undefined;
  return src;
}

export function isPathLike(src: string): boolean {
  return (
    src.startsWith('.') ||
    src.startsWith('/') ||
    src.startsWith('~') ||
    src.startsWith('$') ||
    /^[A-Za-z]:[\\/]/.test(src) ||
    src.startsWith('\\\\')
  );
}

/** Split "src:dst:mode" keeping Windows drive letters ("C:\\data:/data") and `${VAR:-a:b}` defaults whole. */
export function splitVolumeSpec(spec: string): string[] {
  const raw = splitOutside(spec, ':').map((p) => p.text);
  const parts: string[] = [];
  for (let i = 0, p = raw[0]; p !== undefined; p = raw[++i]) {
    const next = raw[i + 1];
    // a one-letter part followed by a path separator is a drive letter, not a part of its own
    if (p.length === 1 && /[A-Za-z]/.test(p) && next !== undefined && (next.startsWith('\\') || next.startsWith('/'))) {
      parts.push(`${p}:${next}`);
      i++;
    } else parts.push(p);
  }
  return parts;
}

/** A service's `profiles:` (the value node); [] when it always runs (a profile still holding a variable counts as always, to stay quiet). */
export function serviceProfiles(doc: Document, profiles: Node | undefined): string[] {
  if (!profiles) return [];
  const list = items(doc, profiles).map(str);
  return list.some((p) => p === undefined || p.includes('$')) ? [] : (list as string[]);
}

/**
 * Whether two services are ever started by the same `up`: not when both have profiles and share none. (Naming both
 * profiles on one command line would start both; a file that splits variants by profile means them as alternatives.)
 */
export function mayRunTogether(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((p) => b.includes(p));
}

export { resolve };

/** Engine names of the named volumes `down -v` removes: declared, not external; `name:` or `<project>_<key>`. */
export function volumesRemovedByDown(model: ComposeModel, project: string): string[] {
  const out: string[] = [];
  for (const d of model.decls.volume) {
    const ext = get(model.doc, d.entry.value, 'external');
    if (ext && str(ext.value) !== 'false') continue;
    const name = str(get(model.doc, d.entry.value, 'name')?.value);
    out.push(name ?? `${project}_${d.name}`);
  }
  return out;
}
