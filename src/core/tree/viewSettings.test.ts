import { describe, expect, it } from 'vitest';
import { defaultLayout } from './build';
import { viewNames } from './refreshPolicy';
import {
  currentSort,
  resolveLayout,
  resolveViewState,
  sortChoices,
  viewsAffected,
  withChange,
  type PersistedState,
} from './viewSettings';

const settings = (values: Record<string, unknown>) => (key: string) => values[key];

describe('view settings and per-workspace state (unit)', () => {
  it('every view, Engines included, has sort choices, and the default layout sorts by name', () => {
    for (const v of viewNames) {
      expect(sortChoices(v).length, v).toBeGreaterThan(1);
      expect(currentSort(defaultLayout(), v), v).toBe('name');
    }
    expect(sortChoices('engines')).toEqual(['name', 'host']);
  });

  it('a Sort By… choice of this workspace overrides the setting; a value no longer allowed falls back to the setting', () => {
    const get = settings({ 'images.sortBy': 'size', 'networks.sortBy': 'driver' });
    const persisted: PersistedState = {
      images: { sortBy: 'created' },
      networks: { sortBy: 'colour' },
      engines: { sortBy: 'host' },
    };
    const layout = resolveLayout(get, persisted);
    expect(currentSort(layout, 'images')).toBe('created');
    expect(currentSort(layout, 'networks')).toBe('driver');
    expect(currentSort(layout, 'engines')).toBe('host');
    expect(currentSort(layout, 'containers')).toBe('name');
  });

  it("toggles: this workspace's choice, else the showDangling/showBuiltin settings, else defaults", () => {
    const get = settings({ 'images.showDangling': true, 'networks.showBuiltin': false });
    expect(resolveViewState('images', get, {})).toEqual({
      filter: '',
      onlyWorkspace: false,
      showDangling: true,
      showBuiltin: false,
    });
    expect(resolveViewState('images', get, { images: { showDangling: false, filter: 'app' } })).toMatchObject({
      showDangling: false,
      filter: 'app',
    });
    expect(resolveViewState('networks', settings({}), {})).toMatchObject({ showBuiltin: true, showDangling: false });
    // settings.json can hold anything
    expect(
      resolveViewState('networks', settings({ 'networks.showBuiltin': 'no' }), {
        networks: { onlyWorkspace: 'yes' as never },
      }),
    ).toMatchObject({ showBuiltin: true, onlyWorkspace: false });
  });

  it('a change is merged into a new persisted object (only what the user changed is stored)', () => {
    const before: PersistedState = { volumes: { filter: 'pg' } };
    const after = withChange(before, 'volumes', { onlyWorkspace: true });
    expect(after).toEqual({ volumes: { filter: 'pg', onlyWorkspace: true } });
    expect(before).toEqual({ volumes: { filter: 'pg' } });
  });

  it('a settings change re-lays out exactly the views whose `stevedore.<view>.*` settings it touched', () => {
    const changed = (keys: string[]) =>
      viewsAffected((section) => keys.some((k) => k === section || k.startsWith(`${section}.`)));
    expect(changed(['stevedore.images.showDangling'])).toEqual(['images']);
    expect(changed(['stevedore.networks.showBuiltin', 'stevedore.engines.sortBy'])).toEqual(['networks', 'engines']);
    expect(changed(['stevedore.engine.host', 'editor.fontSize'])).toEqual([]);
  });
});
