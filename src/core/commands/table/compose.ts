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

/** A project-level verb: on the compose file's explorer and editor menus and on the project node. */
function onProject(n: number, editorTitle?: number): MenuEntry[] {
  return [
    {
      menu: 'view/item/context',
      when: 'view == stevedore.containers && viewItem =~ /\\bcomposeProject\\b/',
      group: `compose@${n}`,
    },
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
  extra: Partial<Pick<ComposeCommandSpec, 'icon' | 'destructive'>> = {},
  editorTitle?: number,
): Spec<I> => ({
  id: `stevedore.compose.${id}` as `stevedore.compose.${I}`,
  title,
  target: 'none',
  verb,
  requiresTrust: true,
  ...extra,
  menus: onProject(n, editorTitle),
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
  project(1, 'up', 'up', 'Compose Up', { icon: 'run-all' }, 1),
  project(2, 'up', 'upSelect', 'Compose Up: Select Services, Profiles, Options…'),
  project(3, 'down', 'down', 'Compose Down…', { icon: 'debug-stop', destructive: true }, 2),
  project(4, 'restart', 'restart', 'Compose Restart'),
  project(5, 'stop', 'stop', 'Compose Stop'),
  project(6, 'start', 'start', 'Compose Start'),
  project(7, 'pull', 'pull', 'Compose Pull'),
  project(8, 'build', 'build', 'Compose Build'),
  project(9, 'ps', 'ps', 'Compose Ps'),
  project(10, 'logs', 'logs', 'Compose Logs…'),
  project(11, 'config', 'config', 'Compose Config (Merged Result)'),
  service('up', 'upService', 'Compose Up This Service'),
  service('stop', 'stopService', 'Compose Stop This Service'),
  service('logs', 'logsService', 'Compose Logs of This Service'),
  service('ps', 'shellService', 'Compose Shell in This Service'),
] as const;

export type ComposeCommandId = (typeof composeCommands)[number]['id'];
