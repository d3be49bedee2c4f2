// How settings and the per-workspace state the user toggles combine into each view's layout and state.
// Pure: the shell reads `stevedore.*` settings and workspaceState and hands them over as plain values.
import { layoutFromSettings, type Layout } from './build';
import { viewNames, type ViewName } from './refreshPolicy';
import { defaultViewState, settingChoices, type ViewState } from './settings';

/** workspaceState key of the per-view state (filter, toggles, Sort By… choice) */
export const viewStateKey = 'stevedore.views.state';

export type PersistedViewState = Partial<ViewState> & { sortBy?: string };
/** Only what the user changed in this workspace: settings still supply the rest. */
export type PersistedState = Partial<Record<ViewName, PersistedViewState>>;

type Get = (key: string) => unknown;

export function sortChoices(view: ViewName): readonly string[] {
  return settingChoices[`${view}.sortBy` as keyof typeof settingChoices] ?? [];
}

/** The settings' layout, with each view's Sort By… choice of this workspace on top (when still allowed). */
export function resolveLayout(get: Get, persisted: PersistedState): Layout {
  const layout = layoutFromSettings(get);
  for (const v of viewNames) {
    const sortBy = persisted[v]?.sortBy;
    if (sortBy && sortChoices(v).includes(sortBy)) (layout[v] as { sortBy: string }).sortBy = sortBy;
  }
  return layout;
}

export function currentSort(layout: Layout, view: ViewName): string {
  return layout[view].sortBy;
}

const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** A view's state: what the user toggled in this workspace, else the `showDangling`/`showBuiltin` settings, else defaults. */
export function resolveViewState(view: ViewName, get: Get, persisted: PersistedState): ViewState {
  const p = persisted[view] ?? {};
  return {
    filter: typeof p.filter === 'string' ? p.filter : defaultViewState.filter,
    onlyWorkspace: bool(p.onlyWorkspace) ?? defaultViewState.onlyWorkspace,
    showDangling: bool(p.showDangling) ?? bool(get('images.showDangling')) ?? defaultViewState.showDangling,
    showBuiltin: bool(p.showBuiltin) ?? bool(get('networks.showBuiltin')) ?? defaultViewState.showBuiltin,
  };
}

/** The persisted state with one view's change merged in (a new object: the shell stores it as is). */
export function withChange(persisted: PersistedState, view: ViewName, patch: PersistedViewState): PersistedState {
  return { ...persisted, [view]: { ...persisted[view], ...patch } };
}

/**
 * The views whose settings a configuration change touched (`affects` is the change event's affectsConfiguration).
 * `stevedore.images.showDangling` and `stevedore.networks.showBuiltin` count as their view's.
 */
export function viewsAffected(affects: (section: string) => boolean): ViewName[] {
  return viewNames.filter((v) => affects(`stevedore.${v}`));
}
