// Docker Hub's own API (hub.docker.com, not the registry): the JSON shapes of its repository and tag lists as the
// published reference documents them (paginated `{count, next, previous, results}`), read into our records.
// Pure and tolerant: a missing or mistyped field yields an empty value, never a throw.
import type { TagDetails } from './v2Client';

export const hubApiBase = 'https://hub.docker.com';

/** Hub's page sizes: repositories allow up to 1000 a page, tags up to 100. */
export const hubPageSize = { repositories: 100, tags: 100 } as const;

export interface HubRepository {
  namespace: string;
  name: string;
  description: string;
  isPrivate: boolean;
  stars: number;
  pulls: number;
  lastUpdated?: string;
}

export interface HubPage<T> {
  items: T[];
  /** total across all pages, as Hub reports it */
  count: number;
  /** the next page's URL, when there is one */
  next?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function page<T>(json: unknown, item: (x: Json) => T | undefined): HubPage<T> {
  const o = obj(json);
  const items = list(o.results).flatMap((x) => {
    const r = item(obj(x));
    return r === undefined ? [] : [r];
  });
  const next = str(o.next) || undefined;
  return { items, count: num(o.count) || items.length, next };
}

/** GET /v2/namespaces/{namespace}/repositories (and the older /v2/repositories/{namespace}/). */
export function parseRepositoriesPage(json: unknown, namespace: string): HubPage<HubRepository> {
  return page(json, (r) => {
    const name = str(r.name);
    if (!name) return undefined;
    return {
      namespace: str(r.namespace) || namespace,
      name,
      description: str(r.description),
      isPrivate: r.is_private === true,
      stars: num(r.star_count),
      pulls: num(r.pull_count),
      lastUpdated: str(r.last_updated) || undefined,
    };
  });
}

/** "linux/arm64/v8" from one of a tag's `images`; undefined for attestations ("unknown/unknown"). */
function platformOf(image: Json): string | undefined {
  const os = str(image.os);
  const arch = str(image.architecture);
  if (!os || os === 'unknown' || !arch || arch === 'unknown') return undefined;
  return [os, arch, str(image.variant)].filter(Boolean).join('/');
}

/**
 * GET /v2/namespaces/{namespace}/repositories/{repository}/tags: one row per tag with the same fields a V2
 * registry's tag row shows. Size: the tag's `full_size` (compressed, as Hub shows it); created: when it was last
 * pushed. The digest is the tag's, else its only image's.
 */
export function parseTagsPage(json: unknown, repository: string): HubPage<TagDetails> {
  return page(json, (t) => {
    const tag = str(t.name);
    if (!tag) return undefined;
    const images = list(t.images).map(obj);
    const platforms = [...new Set(images.flatMap((i) => platformOf(i) ?? []))];
    const digest = str(t.digest) || (images.length === 1 ? str(images[0]?.digest) : '');
    const pushed = str(t.tag_last_pushed) || str(t.last_updated) || str(images[0]?.last_pushed);
    return {
      repository,
      tag,
      digest,
      mediaType: str(t.media_type) || str(t.content_type),
      size: num(t.full_size) || images.reduce((n, i) => Math.max(n, num(i.size)), 0),
      platforms,
      created: pushed || undefined,
    };
  });
}

/** A Hub namespace (user or organization) as Hub accepts it: lowercase letters, digits, '-', '_' and '.'. */
export function isHubNamespace(v: string): boolean {
  return /^[a-z0-9](?:[a-z0-9._-]{0,253}[a-z0-9])?$/.test(v);
}

/** "library/busybox" → ["library", "busybox"]; a single name is an official image ("library"). */
export function splitHubRepository(repository: string): [namespace: string, name: string] {
  const slash = repository.indexOf('/');
  return slash < 0 ? ['library', repository] : [repository.slice(0, slash), repository.slice(slash + 1)];
}

/** Body of Hub's error answers: `{"message": …}`, `{"detail": …}` or `{"errinfo": …, "message": …}`. */
export function hubErrorText(body: string): string {
  try {
    const o = obj(JSON.parse(body));
    return str(o.message) || str(o.detail) || str(o.error);
  } catch {
    return body.replace(/\s+/g, ' ').trim().slice(0, 200);
  }
}
