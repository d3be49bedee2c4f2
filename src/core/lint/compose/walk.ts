// Shared walks for compose rules: services with their keys, port entries, top-level resources.
import { parsePortSpec, type PortMapping, type PortRange } from '../../compose/ports';
import { serviceProfiles, type Decl, type RefKind } from '../../compose/model';
import { entries, get, isMap, items, str, type Entry, type Node } from '../../compose/yamlNodes';
import type { ComposeContext } from './context';

export interface ServiceView {
  name: string;
  decl: Decl;
  keys: Map<string, Entry>;
  /** `profiles:`; [] when the service always runs */
  profiles: string[];
}

const serviceCache = new WeakMap<object, ServiceView[]>();
/** per service, for the project's variables: the model outlives a lint (one per document version), the env may not */
const portCache = new WeakMap<ServiceView, { env: object; ports: PortEntry[] }>();

export function services(ctx: ComposeContext): ServiceView[] {
  let hit = serviceCache.get(ctx.model);
  if (!hit) {
    hit = ctx.model.decls.service.map((decl) => {
      const keys = new Map<string, Entry>();
      for (const e of entries(ctx.model.doc, decl.entry.value)) keys.set(e.key, e);
      return { name: decl.name, decl, keys, profiles: serviceProfiles(ctx.model.doc, keys.get('profiles')?.value) };
    });
    serviceCache.set(ctx.model, hit);
  }
  return hit;
}

export function resources(ctx: ComposeContext, kind: RefKind): { decl: Decl; keys: Map<string, Entry> }[] {
  return ctx.model.decls[kind].map((decl) => ({
    decl,
    keys: new Map(entries(ctx.model.doc, decl.entry.value).map((e) => [e.key, e])),
  }));
}

export function value(ctx: ComposeContext, node: unknown, ...path: string[]): Entry | undefined {
  let cur: unknown = node;
  let last: Entry | undefined;
  for (const p of path) {
    last = get(ctx.model.doc, cur, p);
    if (!last) return undefined;
    cur = last.value;
  }
  return last;
}

export interface PortEntry {
  service: string;
  profiles: string[];
  node: Node;
  long: boolean;
  mapping: PortMapping;
  /** long syntax: the nodes of published / host_ip */
  publishedNode?: Node;
  hostIpNode?: Node;
}

export function ports(ctx: ComposeContext, svc: ServiceView): PortEntry[] {
  const hit = portCache.get(svc);
  if (hit?.env === ctx.project.env) return hit.ports;
  const out = computePorts(ctx, svc);
  portCache.set(svc, { env: ctx.project.env, ports: out });
  return out;
}

function computePorts(ctx: ComposeContext, svc: ServiceView): PortEntry[] {
  const doc = ctx.model.doc;
  const out: PortEntry[] = [];
  for (const item of items(doc, svc.keys.get('ports')?.value)) {
    if (isMap(item)) {
      const pub = get(doc, item, 'published');
      const ip = get(doc, item, 'host_ip');
      const target = str(get(doc, item, 'target')?.value);
      const protocol = str(get(doc, item, 'protocol')?.value) ?? 'tcp';
      const host = str(ip?.value);
      const hostPart = host ? `${host.includes(':') ? `[${host}]` : host}:` : '';
      const spec = `${hostPart}${str(pub?.value) ?? ''}${pub || ip ? ':' : ''}${target ?? ''}/${protocol}`;
      const mapping = parsePortSpec(target === undefined ? '' : spec, ctx.project.env);
      out.push({
        service: svc.name,
        profiles: svc.profiles,
        node: item,
        long: true,
        mapping,
        ...(pub?.value ? { publishedNode: pub.value } : {}),
        ...(ip?.value ? { hostIpNode: ip.value } : {}),
      });
      continue;
    }
    const spec = str(item);
    if (spec === undefined) continue;
    out.push({
      service: svc.name,
      profiles: svc.profiles,
      node: item,
      long: false,
      mapping: parsePortSpec(spec, ctx.project.env),
    });
  }
  return out;
}

export function publishedRange(p: PortEntry): PortRange | undefined {
  return p.mapping.published;
}
