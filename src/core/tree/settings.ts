// Per-view layout settings (`stevedore.<view>.groupBy|label|description|sortBy`), their allowed values and
// defaults. package.json's `configuration` mirrors these arrays; a test keeps the two in step.

export const containerGroupBy = ['composeProject', 'state', 'image', 'none'] as const;
export const containerLabel = ['name', 'id', 'image', 'composeService'] as const;
export const containerDescription = ['image', 'status', 'ports', 'id', 'created'] as const;
export const containerSortBy = ['name', 'created', 'state'] as const;

export const imageGroupBy = ['repository', 'none'] as const;
export const imageLabel = ['tag', 'fullTag', 'id'] as const;
export const imageDescription = ['size', 'created', 'inUse', 'id'] as const;
export const imageSortBy = ['name', 'created', 'size'] as const;

export const volumeGroupBy = ['none', 'composeProject', 'driver'] as const;
export const volumeLabel = ['name'] as const;
export const volumeDescription = ['driver', 'inUse', 'created'] as const;
export const volumeSortBy = ['name', 'created'] as const;

export const networkGroupBy = ['none', 'composeProject', 'driver'] as const;
export const networkLabel = ['name', 'id'] as const;
export const networkDescription = ['driver', 'scope', 'subnet', 'containers'] as const;
export const networkSortBy = ['name', 'created', 'driver'] as const;

export const engineLabel = ['name'] as const;
export const engineDescription = ['host', 'cliCurrent', 'status'] as const;
export const engineSortBy = ['name', 'host'] as const;

export interface ViewSettings<G extends string, L extends string, D extends string, S extends string> {
  groupBy: G;
  label: L;
  description: D[];
  sortBy: S;
}

export type ContainerSettings = ViewSettings<
  (typeof containerGroupBy)[number],
  (typeof containerLabel)[number],
  (typeof containerDescription)[number],
  (typeof containerSortBy)[number]
>;
export type ImageSettings = ViewSettings<
  (typeof imageGroupBy)[number],
  (typeof imageLabel)[number],
  (typeof imageDescription)[number],
  (typeof imageSortBy)[number]
>;
export type VolumeSettings = ViewSettings<
  (typeof volumeGroupBy)[number],
  (typeof volumeLabel)[number],
  (typeof volumeDescription)[number],
  (typeof volumeSortBy)[number]
>;
export type NetworkSettings = ViewSettings<
  (typeof networkGroupBy)[number],
  (typeof networkLabel)[number],
  (typeof networkDescription)[number],
  (typeof networkSortBy)[number]
>;
/** Engines are not grouped: the entry this window uses comes first, then the others in `sortBy` order. */
export type EngineSettings = Omit<
  ViewSettings<never, (typeof engineLabel)[number], (typeof engineDescription)[number], (typeof engineSortBy)[number]>,
  'groupBy'
>;

export const defaultSettings = {
  containers: {
    groupBy: 'composeProject',
    label: 'name',
    description: ['image', 'status'],
    sortBy: 'name',
  } satisfies ContainerSettings,
  images: {
    groupBy: 'repository',
    label: 'tag',
    description: ['size', 'created', 'inUse'],
    sortBy: 'name',
  } satisfies ImageSettings,
  volumes: {
    groupBy: 'none',
    label: 'name',
    description: ['driver', 'inUse'],
    sortBy: 'name',
  } satisfies VolumeSettings,
  networks: {
    groupBy: 'none',
    label: 'name',
    description: ['driver', 'scope', 'subnet'],
    sortBy: 'name',
  } satisfies NetworkSettings,
  engines: { label: 'name', description: ['host', 'cliCurrent', 'status'], sortBy: 'name' } satisfies EngineSettings,
};

/** The allowed values of each setting, keyed like package.json (`containers.groupBy`). */
export const settingChoices = {
  'containers.groupBy': containerGroupBy,
  'containers.label': containerLabel,
  'containers.description': containerDescription,
  'containers.sortBy': containerSortBy,
  'images.groupBy': imageGroupBy,
  'images.label': imageLabel,
  'images.description': imageDescription,
  'images.sortBy': imageSortBy,
  'volumes.groupBy': volumeGroupBy,
  'volumes.label': volumeLabel,
  'volumes.description': volumeDescription,
  'volumes.sortBy': volumeSortBy,
  'networks.groupBy': networkGroupBy,
  'networks.label': networkLabel,
  'networks.description': networkDescription,
  'networks.sortBy': networkSortBy,
  'engines.label': engineLabel,
  'engines.description': engineDescription,
  'engines.sortBy': engineSortBy,
} as const;

/** Keep a user value only when it is allowed, else fall back (settings.json can hold anything). */
export function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function pickList<T extends string>(allowed: readonly T[], value: unknown, fallback: T[]): T[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v));
}

/** Per-view state the user toggles from the title bar (persisted per workspace by the shell). */
export interface ViewState {
  filter: string;
  onlyWorkspace: boolean;
  showDangling: boolean;
  showBuiltin: boolean;
}

export const defaultViewState: ViewState = { filter: '', onlyWorkspace: false, showDangling: false, showBuiltin: true };
