// Compose commands: what each runs, and where it shows (file menus, editor title, the project node, code lenses).
import type { ComposeVerb } from '../../compose/cli';
import type { CommandSpec, MenuEntry } from './spec';

export interface ComposeCommandSpec extends CommandSpec {
  id: `stevedore.compose.${string}`;
  verb: ComposeVerb;
  /** takes a service (code lens actions); never in menus or the palette */
  perService?: boolean;
}

const trusted = 'isWorkspaceTrusted';

/**
 * Where a project verb sits on the Containers view's project node: `0_project` holds Up, Down, Restart, Logs,
 * Pull and Build; `1_lifecycle` Stop/Start by the project's state (beside the container table's Pause/Unpause);
 * `5_more` the rest. `inline` adds its icon to the row.
 */
interface OnNode {
  group: string;
  /** the project's state tokens it shows for (composeProject:<state>), all when absent */
  states?: string;
  inline?: boolean;
}

/** A project-level verb: on the compose file's explorer and editor menus and on the project node. */
function onProject(n: number, node: OnNode, editorTitle?: number): MenuEntry[] {
  const when = `view == stevedore.containers && viewItem =~ /^composeProject:${node.states ?? ''}/`;
  return [
    ...(node.inline ? [{ menu: 'view/item/context', when, group: 'inline' } as const] : []),
    { menu: 'view/item/context', when, group: node.group },
    { menu: 'explorer/context', when: `resourceLangId == dockercompose && ${trusted}`, group: `docker-compose@${n}` },
    { menu: 'editor/context', when: `editorLangId == dockercompose && ${trusted}`, group: `docker-compose@${n}` },
    ...(editorTitle
      ? [
          {
            menu: 'editor/title',
            when: `resourceLangId == dockercompose && ${trusted}`,
            group: `navigation@${editorTitle}`,
          } as const,
        ]
      : []),
  ];
}

type Spec<I extends string> = ComposeCommandSpec & { id: `stevedore.compose.${I}` };

const project = <I extends string>(
  n: number,
  verb: ComposeVerb,
  id: I,
  title: string,
  node: OnNode,
  extra: Partial<Pick<ComposeCommandSpec, 'icon' | 'destructive'>> = {},
  editorTitle?: number,
): Spec<I> => ({
  id: `stevedore.compose.${id}` as `stevedore.compose.${I}`,
  title,
  target: 'none',
  verb,
  requiresTrust: true,
  ...extra,
  menus: onProject(n, node, editorTitle),
});

const service = <I extends string>(verb: ComposeVerb, id: I, title: string): Spec<I> => ({
  id: `stevedore.compose.${id}` as `stevedore.compose.${I}`,
  title,
  target: 'none',
  verb,
  requiresTrust: true,
  perService: true,
  hideInPalette: true,
});

export const composeCommands = [
  project(1, 'up', 'up', 'Compose Up', { group: '0_project@1', inline: true }, { icon: 'run-all' }, 1),
  project(2, 'up', 'upSelect', 'Compose Up: Select Services, Profiles, Options…', { group: '5_more@1' }),
  project(
    3,
    'down',
    'down',
    'Compose Down…',
    { group: '0_project@2', inline: true },
    { icon: 'debug-stop', destructive: true },
    2,
  ),
  project(4, 'restart', 'restart', 'Compose Restart', { group: '0_project@3' }),
  project(5, 'stop', 'stop', 'Compose Stop', { group: '1_lifecycle@1', states: '(running|paused)$' }),
  project(6, 'start', 'start', 'Compose Start', { group: '1_lifecycle@1', states: 'stopped$' }),
  project(7, 'pull', 'pull', 'Compose Pull', { group: '0_project@5' }),
  project(8, 'build', 'build', 'Compose Build', { group: '0_project@6' }),
  project(9, 'ps', 'ps', 'Compose Ps', { group: '5_more@2' }),
  project(10, 'logs', 'logs', 'Compose Logs…', { group: '0_project@4' }),
  project(11, 'config', 'config', 'Compose Config (Merged Result)', { group: '5_more@3' }),
  service('up', 'upService', 'Compose Up This Service'),
  service('stop', 'stopService', 'Compose Stop This Service'),
  service('logs', 'logsService', 'Compose Logs of This Service'),
  service('ps', 'shellService', 'Compose Shell in This Service'),
] as const;

export type ComposeCommandId = (typeof composeCommands)[number]['id'];
