import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextValues } from '../tree/contextValues';
import { commandCatalog, contributions, type CommandMeta } from './catalog';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string; group?: string }[]>;
  };
};
const catalog = commandCatalog as readonly CommandMeta[];

describe('command catalog (unit)', () => {
  it('ids are unique and follow stevedore.<noun>.<verb>', () => {
    const ids = catalog.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^stevedore\.[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('package.json contributes exactly the catalog entries, category Docker', () => {
    const mine = contributions();
    const contributed = new Map(pkg.contributes.commands.map((c) => [c.command, c]));
    for (const c of mine.commands as { command: string }[]) expect(contributed.get(c.command)).toEqual(c);
    for (const [menu, entries] of Object.entries(mine.menus)) {
      const ids = new Set(catalog.map((c) => c.id));
      const actual = (pkg.contributes.menus[menu] ?? []).filter((e) => ids.has(e.command as CommandMeta['id']));
      expect(actual, menu).toEqual(entries);
    }
  });

  it('every viewItem pattern matches some context value, and container verbs match only the right states', () => {
    for (const c of catalog) {
      if (!c.item) continue;
      const re = new RegExp(c.item.viewItem);
      expect(
        contextValues.some((v) => re.test(v)),
        c.id,
      ).toBe(true);
    }
    const states = (id: string) =>
      contextValues.filter((v) => new RegExp(catalog.find((c) => c.id === id)!.item!.viewItem).test(v));
    expect(states('stevedore.container.start')).toEqual([
      'container:exited',
      'container:created',
      'container:dead',
      'composeProject',
    ]);
    expect(states('stevedore.container.unpause')).toEqual(['container:paused', 'composeProject']);
    // a compose project gets every lifecycle verb, applied to the members it fits
    for (const verb of ['start', 'stop', 'restart', 'pause', 'unpause', 'kill', 'remove'])
      expect(states(`stevedore.container.${verb}`), verb).toContain('composeProject');
    expect(states('stevedore.container.attachShell')).toEqual(['container:running']);
    expect(states('stevedore.image.push')).toEqual(['image']);
  });
});
