// package.json's commands and menus are generated from the command table; this fails with the exact patch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextValues } from '../../tree/contextValues';
import { commandTable, composeCommands, itemCommands, specOf } from './index';
import { contributions, menuEntries } from './manifest';
import type { CommandSpec } from './spec';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as {
  contributes: { commands: unknown[]; menus: Record<string, unknown[]> };
};

describe('command table (unit)', () => {
  it('ids are unique and follow stevedore.<noun>.<verb>', () => {
    const ids = commandTable.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^stevedore\.[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('package.json contributes.commands and .menus are exactly what the table generates', () => {
    const want = contributions();
    const patch = JSON.stringify({ commands: want.commands, menus: want.menus }, null, 2);
    const hint = `run \`npm run manifest\`, or set package.json contributes.commands/menus to:\n${patch}`;
    expect(pkg.contributes.commands, hint).toEqual(want.commands);
    expect(pkg.contributes.menus, hint).toEqual(want.menus);
  });

  it('internal commands stay out of package.json; hidden ones are kept out of the palette', () => {
    const { commands, menus } = contributions();
    const contributed = new Set(commands.map((c) => c.command));
    for (const c of commandTable) expect(contributed.has(c.id), c.id).toBe(!c.internal);
    const hidden = menus.commandPalette.map((m) => m.command);
    expect(hidden).toEqual(commandTable.filter((c) => c.hideInPalette).map((c) => c.id));
  });

  it('destructive verbs are marked, workspace-file commands require trust', () => {
    const destructive = commandTable.filter((c) => c.destructive).map((c) => c.id.split('.').slice(1).join('.'));
    for (const d of destructive) expect(d).toMatch(/\.(remove|prune|pruneAll|down)$/);
    for (const c of commandTable.filter((x) => /\.(remove|prune|pruneAll)$/.test(x.id)))
      expect(c.destructive, c.id).toBe(true);
    for (const c of composeCommands) expect(c.requiresTrust, c.id).toBe(true);
  });

  it('every viewItem pattern matches some context value, and container verbs match only the right states', () => {
    for (const c of commandTable as readonly CommandSpec[]) {
      if (!c.item) continue;
      const re = new RegExp(c.item.viewItem);
      expect(
        contextValues.some((v) => re.test(v)),
        c.id,
      ).toBe(true);
    }
    const states = (id: string) => contextValues.filter((v) => new RegExp(specOf(id).item?.viewItem ?? '$^').test(v));
    expect(states('stevedore.container.start')).toEqual(['container:exited', 'container:created', 'container:dead']);
    // a compose project node: Pause when something runs, Unpause when something is paused, never both
    expect(states('stevedore.container.pause')).toEqual(['container:running', 'composeProject:running']);
    expect(states('stevedore.container.unpause')).toEqual(['container:paused', 'composeProject:paused']);
    // its own verbs replace the container verbs that duplicate them
    for (const verb of ['start', 'stop', 'restart', 'kill', 'remove'])
      expect(
        states(`stevedore.container.${verb}`).filter((v) => v.startsWith('composeProject')),
        verb,
      ).toEqual([]);
    // a stopped or paused container too: Attach Shell offers to start (or unpause) it
    expect(states('stevedore.container.attachShell')).toEqual(contextValues.filter((v) => v.startsWith('container:')));
    expect(states('stevedore.image.push')).toEqual(['image']);
  });

  it('item commands act on one kind and are placed on its items; inline ones have an icon', () => {
    for (const c of itemCommands as readonly CommandSpec[]) {
      if (c.target === 'none') continue;
      expect(c.item, c.id).toBeDefined();
      if (c.item?.inline) expect(c.icon, c.id).toBeDefined();
      expect(menuEntries(c).filter((e) => e.menu === 'view/item/context').length, c.id).toBe(c.item?.inline ? 2 : 1);
    }
  });
});
