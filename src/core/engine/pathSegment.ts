// Names reach the engine's URLs percent-encoded, one path segment each. The engine's router cleans paths before
// matching them (`/networks/../x` → redirect to `/x`, whatever the encoding), and docker-modem's redirect
// follower then fails on the relative location. So a name that would be cleaned never goes into a URL: a network
// (the engine allows `../x` as a network name) is addressed by its id, looked up by exact name; for the other
// kinds the engine never allows such a name, so nothing can have it (not found, without asking).
import type Dockerode from 'dockerode';

export type ObjectKind = 'container' | 'image' | 'volume' | 'network';

/** A 404 the callers' error mapping already knows (`notFound`). */
export class NoSuchObject extends Error {
  readonly statusCode = 404;
  constructor(kind: ObjectKind, name: string) {
    super(`No such ${kind}: ${name}`);
  }
}

/** Whether the router would rewrite this piece of path: an empty, `.` or `..` segment (after decoding). */
function cleaned(name: string, slashesAreSegments: boolean): boolean {
  if (!slashesAreSegments) return name === '' || name === '.' || name === '..' || name.includes('/');
  return name.split('/').some((s) => s === '' || s === '.' || s === '..');
}

/** The encoded path piece for `name`; image references keep their `/` (repository paths). */
export function pathSegment(kind: Exclude<ObjectKind, 'network'>, name: string): string {
  if (cleaned(name, kind === 'image')) throw new NoSuchObject(kind, name);
  return kind === 'image' ? name.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(name);
}

/** The encoded path piece for a network: its id when the name would be cleaned by the router. */
export async function networkSegment(docker: Dockerode, idOrName: string): Promise<string> {
  if (!cleaned(idOrName, false)) return encodeURIComponent(idOrName);
  const found = (await docker.listNetworks({ filters: { name: [idOrName] } })).find((n) => n.Name === idOrName);
  if (!found) throw new NoSuchObject('network', idOrName);
  return encodeURIComponent(found.Id);
}
