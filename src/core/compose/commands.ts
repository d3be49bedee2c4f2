// The compose commands: ids, titles and what they run. package.json's contributions are checked against this list.
import type { ComposeVerb } from './cli';

export interface ComposeCommandMeta {
  id: `stevedore.compose.${string}`;
  title: string;
  verb: ComposeVerb;
  /** asks before running (lists what goes) */
  destructive?: boolean;
  /** shown on the file menu / editor title / project node */
  menus: boolean;
  /** takes a service (code lens actions) */
  perService?: boolean;
  icon?: string;
}

export const COMPOSE_COMMANDS = [
  { id: 'stevedore.compose.up', title: 'Compose Up', verb: 'up', menus: true, icon: '$(run-all)' },
  {
    id: 'stevedore.compose.upSelect',
    title: 'Compose Up: Select Services, Profiles, Options…',
    verb: 'up',
    menus: true,
  },
  {
    id: 'stevedore.compose.down',
    title: 'Compose Down…',
    verb: 'down',
    destructive: true,
    menus: true,
    icon: '$(debug-stop)',
  },
  { id: 'stevedore.compose.restart', title: 'Compose Restart', verb: 'restart', menus: true },
  { id: 'stevedore.compose.stop', title: 'Compose Stop', verb: 'stop', menus: true },
  { id: 'stevedore.compose.start', title: 'Compose Start', verb: 'start', menus: true },
  { id: 'stevedore.compose.pull', title: 'Compose Pull', verb: 'pull', menus: true },
  { id: 'stevedore.compose.build', title: 'Compose Build', verb: 'build', menus: true },
  { id: 'stevedore.compose.ps', title: 'Compose Ps', verb: 'ps', menus: true },
  { id: 'stevedore.compose.logs', title: 'Compose Logs…', verb: 'logs', menus: true },
  { id: 'stevedore.compose.config', title: 'Compose Config (Merged Result)', verb: 'config', menus: true },
  { id: 'stevedore.compose.upService', title: 'Compose Up This Service', verb: 'up', menus: false, perService: true },
  {
    id: 'stevedore.compose.stopService',
    title: 'Compose Stop This Service',
    verb: 'stop',
    menus: false,
    perService: true,
  },
  {
    id: 'stevedore.compose.logsService',
    title: 'Compose Logs of This Service',
    verb: 'logs',
    menus: false,
    perService: true,
  },
  {
    id: 'stevedore.compose.shellService',
    title: 'Compose Shell in This Service',
    verb: 'ps',
    menus: false,
    perService: true,
  },
] as const satisfies readonly ComposeCommandMeta[];

export type ComposeCommandId = (typeof COMPOSE_COMMANDS)[number]['id'];
