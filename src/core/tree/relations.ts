// What the other views derive from containers (which images and volumes are in use, who is attached to which
// network). A container event refreshes those views only when this changes.
import type { EngineData } from './engineData';
import { imageUsage } from './images';
import { networkAttachments } from './networks';
import { viewDatasets, type DatasetName, type ViewName } from './refreshPolicy';
import { volumeUsage } from './volumes';

export type RelationKeys = Record<'images' | 'volumes' | 'networks', string>;

export function relationKeys(data: EngineData): RelationKeys {
  const list = data.listContainers();
  // only views that have their own data loaded can show a relation
  const has = (d: DatasetName) => data.isLoaded(d);
  return {
    images: has('images') ? JSON.stringify([...imageUsage(list)].sort()) : '',
    volumes: has('volumes') ? JSON.stringify([...volumeUsage(list)].sort()) : '',
    networks: has('networks')
      ? JSON.stringify(
          [...networkAttachments(data.listNetworks(), list)]
            .map(([id, a]) => [id, a.map((x) => [x.container.id, x.container.name, x.container.status, x.ip])])
            .sort(),
        )
      : '',
  };
}

/**
 * Whether view `v` must be rebuilt after dataset `d` changed: always for the views showing `d` itself, and for the
 * others only when what they derive from containers changed between `before` and `after` (a partial update).
 */
export function affects(v: ViewName, d: DatasetName, before?: RelationKeys, after?: RelationKeys): boolean {
  if (v === 'containers' || !before || !after || viewDatasets[v][0] === d) return true;
  return before[v as keyof RelationKeys] !== after[v as keyof RelationKeys];
}
