// Every Stevedore command, one record each (shape in spec.ts), grouped by noun. Registration, package.json's
// `contributes` (manifest.ts) and their tests read this table.
import { composeCommands } from './compose';
import { containerCommands } from './container';
import { engineCommands } from './engine';
import { fileCommands, fileItemCommands } from './files';
import { imageCommands } from './image';
import { lintCommands } from './lint';
import { networkCommands } from './network';
import { registryCommands } from './registry';
import type { CommandSpec } from './spec';
import { swarmCommands } from './swarm';
import { systemCommands } from './system';
import { viewCommands } from './view';
import { volumeCommands } from './volume';
import { workspaceCommands } from './workspace';

export type { CommandSpec, CommandTarget, MenuEntry, MenuId } from './spec';

/** The commands that act on explorer items or ask for one in the palette (registered through one wrapper). */
export const itemCommands = [
  ...containerCommands,
  ...imageCommands,
  ...registryCommands,
  ...volumeCommands,
  ...networkCommands,
  ...systemCommands,
  ...fileItemCommands,
] as const;

export type ItemCommandId = (typeof itemCommands)[number]['id'];

export const commandTable: readonly CommandSpec[] = [
  ...itemCommands,
  ...engineCommands,
  ...viewCommands,
  ...composeCommands,
  ...lintCommands,
  ...fileCommands,
  ...workspaceCommands,
  ...swarmCommands,
];

export type CommandId = CommandSpec['id'];

export function specOf(id: string): CommandSpec {
  const spec = commandTable.find((c) => c.id === id);
  if (!spec) throw new Error(`unknown command ${id}`);
  return spec;
}

export { composeCommands, engineCommands, lintCommands, swarmCommands, viewCommands, workspaceCommands };
export type { SwarmCommandId } from './swarm';
export type { WorkspaceCommandId } from './workspace';
export type { ComposeCommandId } from './compose';
export type { EngineCommandId } from './engine';
