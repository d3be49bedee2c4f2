// The inner loop's commands: Docker files for the workspace, and compose watch (sync on save) of a compose file.
import type { CommandSpec } from './spec';

const composeFile = 'resourceLangId == dockercompose && isWorkspaceTrusted';

export const workspaceCommands = [
  {
    id: 'stevedore.workspace.addDockerFiles',
    title: 'Add Docker Files to Workspace…',
    target: 'none',
    icon: 'new-file',
    menus: [{ menu: 'explorer/context', when: 'explorerResourceIsFolder', group: 'docker@1' }],
  },
  {
    id: 'stevedore.watch.start',
    title: 'Compose Watch: Start (sync on save)',
    target: 'none',
    icon: 'eye',
    requiresTrust: true,
    menus: [{ menu: 'explorer/context', when: composeFile, group: 'docker-compose@20' }],
  },
  {
    id: 'stevedore.watch.stop',
    title: 'Compose Watch: Stop',
    target: 'none',
    icon: 'eye-closed',
  },
] as const satisfies readonly CommandSpec[];

export type WorkspaceCommandId = (typeof workspaceCommands)[number]['id'];
