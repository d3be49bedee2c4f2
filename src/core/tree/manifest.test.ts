// Keeps package.json and the explorer's code in step: viewItem patterns, view-title commands, layout settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewCommands } from '../commands/table/index';
import { resourceViews } from '../commands/table/view';
import { contextValues } from './contextValues';
import { viewNames } from './refreshPolicy';
import { defaultSettings, settingChoices } from './settings';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}
const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string }[];
    menus: Record<string, MenuEntry[]>;
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; contents: string; when?: string }[];
    configuration: { properties: Record<string, { enum?: string[]; items?: { enum?: string[] }; default?: unknown }> };
  };
};
const c = pkg.contributes;

/** `viewItem == x`, `viewItem != x` and `viewItem =~ /re/` clauses of a when expression */
function viewItemClauses(when: string): { op: string; value: string; test(v: string): boolean }[] {
  const out: { op: string; value: string; test(v: string): boolean }[] = [];
  for (const m of when.matchAll(/viewItem\s*(==|!=|=~)\s*(\/(?:\\\/|[^/])+\/[a-z]*|[^\s&|)]+)/g)) {
    const [, op, value] = m as unknown as [string, string, string];
    if (op === '=~') {
      const re = /^\/(.*)\/([a-z]*)$/.exec(value)!;
      const regex = new RegExp(re[1]!, re[2]);
      out.push({ op, value, test: (v) => regex.test(v) });
    } else {
      out.push({ op, value, test: (v) => (op === '==' ? v === value : v !== value) });
    }
  }
  return out;
}

describe('explorer manifest (unit)', () => {
  it('declares the five explorer views in the stevedore container, Swarm after Containers, then Registries', () => {
    // the Swarm view shows only on a swarm manager, where it matters more than images or volumes
    const [first, ...rest] = viewNames.map((v) => `stevedore.${v}`);
    expect(c.views['stevedore']!.map((v) => v.id)).toEqual([first, 'stevedore.swarm', ...rest, 'stevedore.registries']);
  });

  it('every viewItem pattern in any menu matches at least one context value the explorer produces', () => {
    const entries = Object.values(c.menus)
      .flat()
      .filter((e) => e.when?.includes('viewItem'));
    for (const e of entries) {
      for (const clause of viewItemClauses(e.when!)) {
        if (clause.op === '!=') continue;
        expect(
          contextValues.some((v) => clause.test(v)),
          `${e.command}: viewItem ${clause.op} ${clause.value}`,
        ).toBe(true);
      }
    }
  });

  it('every view-title command is contributed, placed on its view, and nothing else claims its id', () => {
    const declared = new Set(c.commands.map((x) => x.command));
    const titles = c.menus['view/title'] ?? [];
    for (const cmd of [...viewCommands, { id: 'stevedore.engines.use' }]) {
      expect(declared.has(cmd.id), cmd.id).toBe(true);
    }
    for (const cmd of viewCommands) {
      const placed = titles.filter((t) => t.command === cmd.id);
      expect(placed, cmd.id).toHaveLength(1);
      expect(placed[0]!.when, cmd.id).toContain(`view == stevedore.${cmd.view}`);
      if (cmd.viewTitle.when) expect(placed[0]!.when, cmd.id).toContain(cmd.viewTitle.when);
    }
    expect(
      c.commands.filter((x) => x.command.startsWith('stevedore.') && viewCommands.some((v) => v.id === x.command))
        .length,
    ).toBe(viewCommands.length);
  });

  it('layout settings in package.json offer exactly the values the model accepts, with the same defaults', () => {
    for (const [key, values] of Object.entries(settingChoices)) {
      const prop = c.configuration.properties[`stevedore.${key}`];
      expect(prop, key).toBeDefined();
      const [view, name] = key.split('.') as [keyof typeof defaultSettings, string];
      expect(prop!.enum ?? prop!.items?.enum, key).toEqual([...values]);
      expect(prop!.default, key).toEqual((defaultSettings[view] as Record<string, unknown>)[name]);
    }
  });

  it('an empty Containers or Images view offers the next step as buttons', () => {
    const shown = (view: string, keys: Record<string, boolean>) =>
      c.viewsWelcome
        .filter((w) => w.view === `stevedore.${view}` && w.when?.startsWith('stevedore.engine.state == connected'))
        .filter((w) =>
          w
            .when!.split(' && ')
            .slice(1)
            .every((k) => (k.startsWith('!') ? !keys[k.slice(1)] : !!keys[k])),
        )
        .map((w) => [...w.contents.matchAll(/\[([^\]]+)\]\(command:([^)]+)\)/g)].map((m) => `${m[1]} → ${m[2]}`))
        .flat();
    expect(shown('containers', {})).toEqual(['Run an image… → stevedore.image.runWith']);
    expect(shown('containers', { 'stevedore.workspace.hasComposeFile': true })).toEqual([
      'Run an image… → stevedore.image.runWith',
      'Compose Up… → stevedore.compose.up',
    ]);
    expect(shown('images', {})).toEqual([
      'Build an image… → stevedore.image.build',
      'Pull an image… → stevedore.image.pull',
    ]);
    // Build is a visible action on the Images title, beside Pull (not only under "…")
    expect(
      c.menus['view/title']!.find((m) => m.command === 'stevedore.image.build' && m.when === 'view == stevedore.images')
        ?.group,
    ).toMatch(/^navigation/);
    for (const w of c.viewsWelcome)
      for (const m of w.contents.matchAll(/\(command:([^)]+)\)/g))
        expect(
          c.commands.some((x) => x.command === m[1]),
          m[1],
        ).toBe(true);
  });

  it('every resource view explains an unreachable engine by error kind, with Retry wherever retrying can help', () => {
    const kinds = [
      'unreachable',
      'permission',
      'tls',
      'tooOld',
      'timeout',
      'notFound',
      'badRequest',
      'unknown',
      'conflict',
    ];
    for (const v of resourceViews) {
      const welcome = c.viewsWelcome.filter((w) => w.view === `stevedore.${v}`);
      expect(
        welcome.some((w) => w.when === 'stevedore.engine.state == connecting'),
        v,
      ).toBe(true);
      for (const kind of kinds) {
        const matching = welcome.filter(
          (w) =>
            w.when?.includes('stevedore.engine.state == unreachable') &&
            (w.when.includes(`errorKind == ${kind}`) ||
              new RegExp(/errorKind =~ \/(.*)\//.exec(w.when)?.[1] ?? '^$').test(kind)),
        );
        expect(matching, `${v} / ${kind}`).toHaveLength(1);
        if (kind !== 'tooOld')
          expect(matching[0]!.contents, `${v} / ${kind}`).toContain('(command:stevedore.engine.retry)');
        expect(matching[0]!.contents, `${v} / ${kind}`).toContain('(command:stevedore.engine.showStatus)');
      }
    }
  });
});
