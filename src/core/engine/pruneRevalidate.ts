// At confirm time, before each removal: is the item still exactly what the preview showed? An image must carry
// the same tags and no container may use it; a container must still be stopped; a volume must be the same
// (same creation time) and unused; a network must have no container attached. Otherwise it is skipped, with
// the reason. Removals never force, so the engine refuses anything that changes in the last instant too.
import type Dockerode from 'dockerode';
import type { PruneItem } from './actionsTypes';

const prunableStates = new Set(['exited', 'created', 'dead']);
const notFound = (e: unknown) => (e as { statusCode?: number }).statusCode === 404;

export const realTags = (tags: readonly string[] | null | undefined): string[] =>
  (tags ?? []).filter((t) => t !== '<none>:<none>').sort();

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const nameOf = (c: Dockerode.ContainerInfo) => (c.Names?.[0] ?? c.Id.slice(0, 12)).replace(/^\//, '');

/** 'gone' when the item no longer exists, a reason string when it changed, undefined when it is as shown. */
export async function changedSincePreview(docker: Dockerode, item: PruneItem): Promise<string | 'gone' | undefined> {
  try {
    switch (item.type) {
      case 'container': {
        const info = await docker.getContainer(item.id).inspect();
        const state = info.State?.Status ?? '';
        return prunableStates.has(state) ? undefined : `it is ${state || 'in use'} now`;
      }
      case 'image': {
        const info = await docker.getImage(item.id).inspect();
        const tags = realTags(info.RepoTags);
        if (item.tags && !sameList(tags, [...item.tags].sort()))
          return `its tags changed since the preview (now: ${tags.join(', ') || 'none'})`;
        const user = (await docker.listContainers({ all: true })).find((c) => c.ImageID === item.id);
        return user ? `container ${nameOf(user)} uses it now` : undefined;
      }
      case 'volume': {
        const info = (await docker.getVolume(item.id).inspect()) as { CreatedAt?: string };
        if (item.createdAt && info.CreatedAt !== item.createdAt) return 'it was re-created since the preview';
        const [user] = await docker.listContainers({ all: true, filters: { volume: [item.id] } });
        return user ? `container ${nameOf(user)} uses it now` : undefined;
      }
      case 'network': {
        const info = (await docker.getNetwork(item.id).inspect()) as {
          Name?: string;
          Containers?: Record<string, { Name?: string }>;
        };
        const [attached] = Object.values(info.Containers ?? {});
        if (attached) return `container ${attached.Name ?? '?'} is attached to it now`;
        // a created (not started) container names the network in its settings without an endpoint in it yet
        const user = (await docker.listContainers({ all: true })).find((c) =>
          Object.entries(c.NetworkSettings?.Networks ?? {}).some(
            ([name, n]) => name === info.Name || n.NetworkID === item.id,
          ),
        );
        return user ? `container ${nameOf(user)} uses it now` : undefined;
      }
      case 'buildCache':
        // decided by BuildKit at removal (a record in use is kept and reported)
        return undefined;
    }
  } catch (e) {
    if (notFound(e)) return 'gone';
    throw e;
  }
}
