// The shape of one command record. Records live in one file per noun beside this one; the extension binds a
// handler to each (src/extension/commands), and package.json's `contributes` is generated from them (manifest.ts).

/** What a command acts on; the palette asks for one of these when no tree item was given. */
export type CommandTarget = 'container' | 'image' | 'volume' | 'network' | 'none';

/** The VS Code menus a record may be placed in. */
export type MenuId =
  'view/item/context' | 'view/title' | 'explorer/context' | 'editor/context' | 'editor/title' | 'commandPalette';

export interface MenuEntry {
  menu: MenuId;
  when: string;
  group?: string;
}

export interface CommandSpec {
  id: `stevedore.${string}.${string}`;
  title: string;
  target: CommandTarget;
  /** codicon for inline buttons */
  icon?: string;
  /** tree item placement: a `viewItem` regex (without slashes) that also filters palette picks and selections */
  item?: { viewItem: string; group: string; inline?: boolean };
  /** a view's title bar ("..." menu unless the group is navigation); `when` is added to `view == stevedore.<view>` */
  viewTitle?: { view: string; group: string; when?: string };
  /** explorer/editor context menu of Dockerfiles */
  dockerfileMenu?: boolean;
  /** any other placement, written as is */
  menus?: readonly MenuEntry[];
  /** never offered in the palette (needs a specific tree item or argument) */
  hideInPalette?: boolean;
  /** asks first, listing exactly what goes */
  destructive?: boolean;
  /** runs workspace files: enabled only in a trusted workspace */
  requiresTrust?: boolean;
  /** the palette pick of an image also takes a name the engine does not have: it is pulled first */
  pullIfMissing?: boolean;
  /** the palette pick allows several items (lifecycle verbs) */
  many?: boolean;
  /** registered for code actions and links, not contributed to package.json */
  internal?: boolean;
}

// viewItem regexes of the explorer's context values (src/core/tree/contextValues.ts)
export const running = '^container:(running)$';
export const runningOrPaused = '^container:(running|paused|restarting)$';
export const stopped = '^container:(exited|created|dead)$';
export const anyContainer = '^container:';
/** also on a compose project node in `state` (src/core/tree/contextValues.ts composeProjectContextValue) */
export const withProject = (re: string, state: 'running' | 'paused'): string => `${re}|^composeProject:${state}$`;
export const anyImage = '^image(:dangling)?$';
export const taggedImage = '^image$';
export const anyVolume = '^volume(:anonymous)?$';
