// Prune with a preview: list exactly what would go, then remove only those items one by one,
// so anything created between preview and confirmation survives (the engine's own prune would take it).
import type Dockerode from 'dockerode';
import type { Engine } from './engine';
import { dockerOf } from './actionsDocker';
import { engineMessage, toActionError } from './actionsErrors';
import type { PruneItem, PruneKind, PrunePreview, PruneResult } from './actionsTypes';
import { changedSincePreview, realTags } from './pruneRevalidate';
import { buildCacheCandidates, type BuildCacheRecord } from './pruneBuildCache';

export { buildCacheCandidates, type BuildCacheRecord };

export interface PruneScope {
  /** engine list filters applied to containers/images/volumes/networks, e.g. { label: ['x=y'] } */
  filters?: Record<string, string[]>;
}

const builtinNetworks = new Set(['bridge', 'host', 'none']);
const prunableStates = new Set(['exited', 'created', 'dead']);

interface Snapshot {
  containers: Dockerode.ContainerInfo[];
  df: {
    Images?: { Id: string; Size: number; SharedSize: number }[];
    Containers?: { Id: string; SizeRw?: number }[];
    Volumes?: { Name: string; UsageData?: { Size: number; RefCount: number } }[];
    BuildCache?: BuildCacheRecord[];
  };
}

async function snapshot(docker: Dockerode): Promise<Snapshot> {
  const [containers, df] = await Promise.all([
    docker.listContainers({ all: true }),
    docker.df() as Promise<Snapshot['df']>,
  ]);
  return { containers, df: df ?? {} };
}

function short(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

async function previewContainers(docker: Dockerode, s: Snapshot, scope: PruneScope): Promise<PruneItem[]> {
  const scoped = await docker.listContainers({ all: true, filters: scope.filters ?? {} });
  const sizes = new Map((s.df.Containers ?? []).map((c) => [c.Id, c.SizeRw ?? 0]));
  return scoped
    .filter((c) => prunableStates.has(c.State))
    .map((c) => ({
      type: 'container' as const,
      id: c.Id,
      label: (c.Names?.[0] ?? short(c.Id)).replace(/^\//, ''),
      size: sizes.get(c.Id) ?? 0,
    }));
}

async function previewImages(
  docker: Dockerode,
  s: Snapshot,
  scope: PruneScope,
  all: boolean,
  goingContainers: Set<string>,
): Promise<PruneItem[]> {
  const filters: Record<string, string[]> = { ...(scope.filters ?? {}) };
  if (!all) filters.dangling = ['true'];
  const images = await docker.listImages({ filters });
  const used = new Set(s.containers.filter((c) => !goingContainers.has(c.Id)).map((c) => c.ImageID));
  const dfImages = new Map((s.df.Images ?? []).map((i) => [i.Id, i]));
  return images
    .filter((i) => !used.has(i.Id))
    .map((i) => {
      const tags = (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>');
      const d = dfImages.get(i.Id);
      const unique = d ? d.Size - Math.max(d.SharedSize, 0) : i.Size;
      return {
        type: 'image' as const,
        id: i.Id,
        label: tags.length ? tags.join(', ') : `<none> ${short(i.Id)}`,
        size: unique,
        tags: realTags(tags),
      };
    });
}

const anonymousLabel = 'com.docker.volume.anonymous';

/** Whether a volume counts as anonymous for `docker volume prune` without -a: since API 1.42 the engine's label, before that a 64-hex name. */
export function isPrunableAnonymous(
  v: { Name: string; Labels?: Record<string, string> | null },
  apiVersion: string,
): boolean {
  if (v.Labels && anonymousLabel in v.Labels) return true;
  return !apiAtLeast(apiVersion, '1.42') && /^[0-9a-f]{64}$/.test(v.Name);
}

function apiAtLeast(version: string, min: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = min.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

async function previewVolumes(
  engine: Engine,
  docker: Dockerode,
  s: Snapshot,
  scope: PruneScope,
  all: boolean,
): Promise<PruneItem[]> {
  // dangling=true lists every unused volume, named ones included: which of them are anonymous is decided here
  const res = (await docker.listVolumes({ filters: { ...(scope.filters ?? {}), dangling: ['true'] } })) as {
    Volumes?: { Name: string; Labels?: Record<string, string> | null; CreatedAt?: string }[];
  };
  const apiVersion = all ? '' : (await engine.version()).apiVersion;
  const sizes = new Map((s.df.Volumes ?? []).map((v) => [v.Name, Math.max(v.UsageData?.Size ?? 0, 0)]));
  return (res.Volumes ?? [])
    .filter((v) => all || isPrunableAnonymous(v, apiVersion))
    .map((v) => ({
      type: 'volume' as const,
      id: v.Name,
      label: v.Name,
      size: sizes.get(v.Name) ?? 0,
      ...(v.CreatedAt ? { createdAt: v.CreatedAt } : {}),
    }));
}

async function previewNetworks(
  docker: Dockerode,
  s: Snapshot,
  scope: PruneScope,
  goingContainers: Set<string>,
): Promise<PruneItem[]> {
  const nets = await docker.listNetworks({ filters: scope.filters ?? {} });
  const used = new Set<string>();
  for (const c of s.containers) {
    if (goingContainers.has(c.Id)) continue;
    for (const [name, n] of Object.entries(c.NetworkSettings?.Networks ?? {})) {
      used.add(name);
      if (n.NetworkID) used.add(n.NetworkID);
    }
  }
  return nets
    .filter((n) => !builtinNetworks.has(n.Name) && n.Scope !== 'swarm' && !used.has(n.Id) && !used.has(n.Name))
    .map((n) => ({ type: 'network' as const, id: n.Id, label: n.Name }));
}

function previewBuildCache(s: Snapshot): PruneItem[] {
  return buildCacheCandidates(s.df.BuildCache ?? []).map((b) => ({
    type: 'buildCache' as const,
    id: b.ID,
    label: `${b.Type} ${short(b.ID)}${b.Description ? ` ${b.Description.slice(0, 60)}` : ''}`,
    size: b.Shared ? 0 : b.Size,
  }));
}

/** Exactly what `docker <kind> prune` would remove now (system = containers, networks, dangling images, build cache). */
export async function prunePreview(engine: Engine, kind: PruneKind, scope: PruneScope = {}): Promise<PrunePreview> {
  const docker = dockerOf(engine);
  try {
    const s = await snapshot(docker);
    let items: PruneItem[] = [];
    const none = new Set<string>();
    switch (kind) {
      case 'containers':
        items = await previewContainers(docker, s, scope);
        break;
      case 'images':
        items = await previewImages(docker, s, scope, false, none);
        break;
      case 'imagesAll':
        items = await previewImages(docker, s, scope, true, none);
        break;
      case 'volumes':
        items = await previewVolumes(engine, docker, s, scope, false);
        break;
      case 'volumesAll':
        items = await previewVolumes(engine, docker, s, scope, true);
        break;
      case 'networks':
        items = await previewNetworks(docker, s, scope, none);
        break;
      case 'buildCache':
        items = previewBuildCache(s);
        break;
      case 'system': {
        const containers = await previewContainers(docker, s, scope);
        const going = new Set(containers.map((c) => c.id));
        items = [
          ...containers,
          ...(await previewNetworks(docker, s, scope, going)),
          ...(await previewImages(docker, s, scope, false, going)),
          ...(scope.filters ? [] : previewBuildCache(s)),
        ];
        break;
      }
    }
    return { kind, items, reclaimable: items.reduce((n, i) => n + (i.size ?? 0), 0) };
  } catch (err) {
    throw toActionError(err, 'Prepare prune');
  }
}

async function removeItem(docker: Dockerode, item: PruneItem): Promise<void> {
  switch (item.type) {
    case 'container':
      // no force: a container started since the preview is refused by the engine and survives
      return void (await docker.getContainer(item.id).remove({ v: false }));
    case 'image': {
      // the tags shown, one by one, without force (a tag added since is never touched: revalidation skipped it)
      const tags = item.tags ?? [];
      for (const tag of tags) await docker.getImage(tag).remove({ noprune: false });
      if (!tags.length) await docker.getImage(item.id).remove();
      return;
    }
    case 'volume':
      return void (await docker.getVolume(item.id).remove());
    case 'network':
      return void (await docker.getNetwork(item.id).remove());
    case 'buildCache': {
      // without all=true BuildKit keeps records shared with an image or another record; the id filter keeps it to this one
      const res = await pruneBuildCache(docker, { all: true, filters: { id: [item.id] } });
      if ((res?.CachesDeleted ?? []).includes(item.id)) return;
      const df = (await docker.df()) as Snapshot['df'];
      if ((df.BuildCache ?? []).some((b) => b.ID === item.id))
        throw new Error('the engine kept it: other build cache or a build uses it now');
      return;
    }
  }
}

/** POST /build/prune through the modem: dockerode's pruneBuilder drops its options (no filters, no `all`) and would prune everything. */
export function pruneBuildCache(
  docker: Dockerode,
  options: { all: boolean; filters: Record<string, string[]> },
): Promise<{ CachesDeleted?: string[] | null; SpaceReclaimed?: number }> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      {
        path: '/build/prune?',
        method: 'POST',
        options,
        statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
      },
      (err: unknown, data: unknown) => {
        if (err) reject(err);
        else resolve((data ?? {}) as { CachesDeleted?: string[] | null; SpaceReclaimed?: number });
      },
    );
  });
}

/** Removes the previewed items one by one; items that cannot go any more are reported, not fatal. */
export async function pruneItems(
  engine: Engine,
  preview: PrunePreview,
  opts: { signal?: AbortSignal; onItem?: (item: PruneItem, done: number) => void } = {},
): Promise<PruneResult> {
  const docker = dockerOf(engine);
  const result: PruneResult = { removed: [], failed: [], skipped: [], reclaimed: 0 };
  let done = 0;
  for (const item of preview.items) {
    if (opts.signal?.aborted) break;
    try {
      const changed = await changedSincePreview(docker, item);
      if (changed) {
        result.skipped.push({ item, reason: changed === 'gone' ? 'it was already removed' : changed });
        opts.onItem?.(item, ++done);
        continue;
      }
      await removeItem(docker, item);
      result.removed.push(item);
      result.reclaimed += item.size ?? 0;
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 404)
        result.removed.push(item); // already gone
      else result.failed.push({ item, message: engineMessage(err) });
    }
    opts.onItem?.(item, ++done);
  }
  return result;
}
