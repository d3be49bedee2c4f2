// The inner loop's commands: Docker files for the workspace, and compose watch (sync on save) of a compose file.
import type { CommandSpec } from './spec';

export const workspaceCommands = [
  {
    id: 'stevedore.workspace.addDockerFiles',
    title: 'Add Docker Files to Workspace…',
    target: 'none',
    icon: 'new-file',
    menus: [{ menu: 'explorer/context', when: 'explorerResourceIsFolder', group: 'docker@1' }],
  },
] as const satisfies readonly CommandSpec[];

export type WorkspaceCommandId = (typeof workspaceCommands)[number]['id'];
