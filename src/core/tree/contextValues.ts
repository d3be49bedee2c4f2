import { swarmContextValues } from '../swarm/tree';
import type { ContainerState, ContainerSummary, ImageSummary, NetworkSummary, VolumeSummary } from '../engine/types';

/**
 * Every contextValue a Stevedore tree item can carry. `package.json` `when` clauses match these
 * (`viewItem == image:dangling`, `viewItem =~ /^container:(running|paused)$/`); a test checks that each
 * viewItem pattern in the manifest matches at least one of them.
 */
export const containerStates = [
  'running',
  'paused',
  'exited',
  'created',
  'restarting',
  'dead',
] as const satisfies readonly ContainerState[];

export const contextValues = [
  ...containerStates.map((s) => `container:${s}` as const),
  'image',
  'image:dangling',
  'imageRepo',
  'volume',
  'volume:anonymous',
  'network',
  'network:builtin',
  // a compose project by what its containers allow: paused if any is paused (Unpause), running if any runs (Pause)
  'composeProject:running',
  'composeProject:paused',
  'composeProject:stopped',
  'context',
  'context:current',
  'group',
  'message',
  // the Registries view (src/core/registry/registryNodes.ts)
  'registry',
  'registry:loggedIn',
  'registry:added',
  'registryRepo',
  'registryTag',
  'registryTag:hub',
  'registryMessage',
  // files under a container or volume (src/core/files/nodes.ts)
  'file',
  'file:directory',
  'file:symlink',
  'file:symlink:directory',
  // the Swarm view (src/core/swarm/tree.ts)
  ...swarmContextValues,
] as const;

export type ContextValue = (typeof contextValues)[number];

/** 'removing' is transient and has no menu of its own: it gets the exited menu (nothing to stop). */
export function containerContextValue(state: ContainerState): ContextValue {
  return (containerStates as readonly string[]).includes(state)
    ? (`container:${state}` as ContextValue)
    : 'container:exited';
}

/** Never both Pause and Unpause on a project: any paused member makes it `paused`, else any running one `running`. */
export function composeProjectContextValue(members: readonly Pick<ContainerSummary, 'state'>[]): ContextValue {
  if (members.some((c) => c.state === 'paused')) return 'composeProject:paused';
  if (members.some((c) => c.state === 'running' || c.state === 'restarting')) return 'composeProject:running';
  return 'composeProject:stopped';
}

/** The tree items and the palette pickers both use these, so a menu's `viewItem` regex means the same in both. */
export function imageContextValue(img: Pick<ImageSummary, 'dangling'>): ContextValue {
  return img.dangling ? 'image:dangling' : 'image';
}

export function volumeContextValue(v: Pick<VolumeSummary, 'anonymous'>): ContextValue {
  return v.anonymous ? 'volume:anonymous' : 'volume';
}

export function networkContextValue(n: Pick<NetworkSummary, 'builtin'>): ContextValue {
  return n.builtin ? 'network:builtin' : 'network';
}
