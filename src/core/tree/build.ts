import type {
  ContainerSummary,
  ContextInfo,
  EngineHealth,
  EngineVersion,
  ImageSummary,
  NetworkSummary,
  VolumeSummary,
} from '../engine/types';
import { buildContainerTree } from './containers';
import { buildContextTree } from './contexts';
import { filterTree } from './filter';
import { buildImageTree } from './images';
import { buildNetworkTree } from './networks';
import type { MessageNode, TreeNode } from './nodes';
import type { ViewName } from './refreshPolicy';
import {
  containerDescription,
  containerGroupBy,
  containerLabel,
  containerSortBy,
  defaultSettings,
  imageDescription,
  imageGroupBy,
  imageLabel,
  imageSortBy,
  engineDescription,
  engineLabel,
  engineSortBy,
  networkDescription,
  networkGroupBy,
  networkLabel,
  networkSortBy,
  pick,
  pickList,
  volumeDescription,
  volumeGroupBy,
  volumeLabel,
  volumeSortBy,
  type ContainerSettings,
  type EngineSettings,
  type ImageSettings,
  type NetworkSettings,
  type ViewState,
  type VolumeSettings,
} from './settings';
import { buildVolumeTree } from './volumes';

export interface Layout {
  containers: ContainerSettings;
  images: ImageSettings;
  volumes: VolumeSettings;
  networks: NetworkSettings;
  engines: EngineSettings;
}

export const defaultLayout = (): Layout => structuredClone(defaultSettings) as Layout;

/** Layout from raw settings values (`get(key)` returns whatever settings.json holds); bad values fall back to defaults. */
export function layoutFromSettings(get: (key: string) => unknown): Layout {
  const d = defaultSettings;
  return {
    containers: {
      groupBy: pick(containerGroupBy, get('containers.groupBy'), d.containers.groupBy),
      label: pick(containerLabel, get('containers.label'), d.containers.label),
      description: pickList(containerDescription, get('containers.description'), [...d.containers.description]),
      sortBy: pick(containerSortBy, get('containers.sortBy'), d.containers.sortBy),
    },
    images: {
      groupBy: pick(imageGroupBy, get('images.groupBy'), d.images.groupBy),
      label: pick(imageLabel, get('images.label'), d.images.label),
      description: pickList(imageDescription, get('images.description'), [...d.images.description]),
      sortBy: pick(imageSortBy, get('images.sortBy'), d.images.sortBy),
    },
    volumes: {
      groupBy: pick(volumeGroupBy, get('volumes.groupBy'), d.volumes.groupBy),
      label: pick(volumeLabel, get('volumes.label'), d.volumes.label),
      description: pickList(volumeDescription, get('volumes.description'), [...d.volumes.description]),
      sortBy: pick(volumeSortBy, get('volumes.sortBy'), d.volumes.sortBy),
    },
    networks: {
      groupBy: pick(networkGroupBy, get('networks.groupBy'), d.networks.groupBy),
      label: pick(networkLabel, get('networks.label'), d.networks.label),
      description: pickList(networkDescription, get('networks.description'), [...d.networks.description]),
      sortBy: pick(networkSortBy, get('networks.sortBy'), d.networks.sortBy),
    },
    engines: {
      label: pick(engineLabel, get('engines.label'), d.engines.label),
      description: pickList(engineDescription, get('engines.description'), [...d.engines.description]),
      sortBy: pick(engineSortBy, get('engines.sortBy'), d.engines.sortBy),
    },
  };
}

export interface TreeData {
  containers: readonly ContainerSummary[];
  images: readonly ImageSummary[];
  volumes: readonly VolumeSummary[];
  networks: readonly NetworkSummary[];
  contexts: readonly ContextInfo[];
}

export interface BuildOptions {
  layout: Layout;
  state: ViewState;
  workspaceFolders: readonly string[];
  nowMs?: number;
  publishHost?: string;
  contextInUse?: string;
  endpointHost?: string;
  version?: EngineVersion;
  /** health of this window's engine (Engines view) */
  health?: EngineHealth;
  /** live CPU/memory text per container id (Containers view) */
  stats?: (id: string) => string | undefined;
}

const nouns: Record<ViewName, string> = {
  containers: 'containers',
  images: 'images',
  volumes: 'volumes',
  networks: 'networks',
  engines: 'contexts',
};

function message(view: ViewName, text: string): MessageNode {
  return {
    kind: 'message',
    record: { text },
    id: `message:${view}`,
    label: text,
    icon: { id: 'info' },
    contextValue: 'message',
    collapsible: 'none',
  };
}

/** The whole tree of one view: built, filtered, and an explanatory line instead of a blank view. */
export function buildTree(view: ViewName, data: TreeData, o: BuildOptions): TreeNode[] {
  const { state, workspaceFolders, nowMs } = o;
  let tree: TreeNode[];
  switch (view) {
    case 'containers':
      tree = buildContainerTree(data.containers, {
        state,
        workspaceFolders,
        nowMs,
        settings: o.layout.containers,
        publishHost: o.publishHost,
        stats: o.stats,
      });
      break;
    case 'images':
      tree = buildImageTree(data.images, {
        state,
        workspaceFolders,
        nowMs,
        settings: o.layout.images,
        containers: data.containers,
      });
      break;
    case 'volumes':
      tree = buildVolumeTree(data.volumes, {
        state,
        workspaceFolders,
        nowMs,
        settings: o.layout.volumes,
        containers: data.containers,
      });
      break;
    case 'networks':
      tree = buildNetworkTree(data.networks, {
        state,
        workspaceFolders,
        nowMs,
        settings: o.layout.networks,
        containerSettings: o.layout.containers,
        containers: data.containers,
      });
      break;
    case 'engines':
      tree = buildContextTree(data.contexts, {
        settings: o.layout.engines,
        inUse: o.contextInUse,
        endpointHost: o.endpointHost,
        version: o.version,
        health: o.health,
      });
      break;
  }
  if (!o.state.filter && tree.length > 0) return tree;
  const filtered = filterTree(tree, o.state.filter);
  if (filtered.length > 0) return filtered;
  if (o.state.filter.trim()) return [message(view, `No ${nouns[view]} match “${o.state.filter.trim()}”`)];
  if (tree.length === 0 && o.state.onlyWorkspace && view !== 'engines')
    return [message(view, `No ${nouns[view]} from this workspace's compose projects`)];
  // nothing at all: the Containers and Images views show their welcome (package.json viewsWelcome), the next step as
  // buttons ("Run an image…", "Build an image…")
  if (view === 'containers' || view === 'images') return [];
  return [message(view, `No ${nouns[view]}`)];
}
