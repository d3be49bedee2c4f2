import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeCommands as COMPOSE_COMMANDS } from './compose';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string; title: string; category?: string; enablement?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
};

describe('compose commands in package.json (unit)', () => {
  it('every compose command is contributed with its title, category Docker and workspace trust', () => {
    for (const c of COMPOSE_COMMANDS) {
      const contributed = pkg.contributes.commands.find((x) => x.command === c.id);
      expect(contributed, c.id).toBeDefined();
      expect(contributed!.title).toBe(c.title);
      expect(contributed!.category).toBe('Docker');
      expect(contributed!.enablement).toContain('isWorkspaceTrusted');
    }
    const extra = pkg.contributes.commands.filter(
      (x) => x.command.startsWith('stevedore.compose.') && !COMPOSE_COMMANDS.some((c) => c.id === x.command),
    );
    expect(extra).toEqual([]);
  });
  it('menu commands sit on the file menu, editor title and the compose project node; per-service ones stay out of the palette', () => {
    const m = pkg.contributes.menus;
    for (const c of COMPOSE_COMMANDS.filter((x) => !x.perService)) {
      expect(
        m['explorer/context']?.some((x) => x.command === c.id && x.when?.includes('dockercompose')),
        `${c.id} explorer`,
      ).toBe(true);
      expect(
        m['view/item/context']?.some((x) => x.command === c.id && /viewItem =~ \/\^composeProject:/.test(x.when ?? '')),
        `${c.id} view`,
      ).toBe(true);
    }
    expect(m['editor/title']?.some((x) => x.command === 'stevedore.compose.up')).toBe(true);
    for (const c of COMPOSE_COMMANDS.filter((x) => x.perService))
      expect(
        m.commandPalette?.some((x) => x.command === c.id && x.when === 'false'),
        c.id,
      ).toBe(true);
  });
});

describe("a compose project node's menu (unit)", () => {
  const m = pkg.contributes.menus['view/item/context'] as { command: string; when: string; group?: string }[];
  const titles = new Map(pkg.contributes.commands.map((c) => [c.command, c.title]));
  /** the titles shown for a project in `state`, by group then order, as VS Code sorts them */
  const menu = (state: string) =>
    m
      .filter((x) => x.group !== 'inline' && /\bviewItem =~ \/(.*)\/$/.exec(x.when)?.[1] !== undefined)
      .filter((x) => new RegExp(/\bviewItem =~ \/(.*)\/$/.exec(x.when)![1]!).test(`composeProject:${state}`))
      .map((x) => ({ title: titles.get(x.command)!, group: x.group ?? '' }))
      .sort((a, b) => {
        const [ga, oa] = a.group.split('@');
        const [gb, ob] = b.group.split('@');
        return ga!.localeCompare(gb!) || Number(oa) - Number(ob);
      });

  it('project verbs first, in one group; Stop or Start and Pause or Unpause by state, never both', () => {
    const running = menu('running');
    expect(running.filter((x) => x.group.startsWith('0_project')).map((x) => x.title)).toEqual([
      'Compose Up',
      'Compose Down…',
      'Compose Restart',
      'Compose Logs…',
      'Compose Pull',
      'Compose Build',
    ]);
    expect(running.slice(0, 6).every((x) => x.group.startsWith('0_project'))).toBe(true);
    expect(running.filter((x) => x.group.startsWith('1_')).map((x) => x.title)).toEqual(['Compose Stop', 'Pause']);
    expect(
      menu('paused')
        .filter((x) => x.group.startsWith('1_'))
        .map((x) => x.title),
    ).toEqual(['Compose Stop', 'Unpause']);
    expect(
      menu('stopped')
        .filter((x) => x.group.startsWith('1_'))
        .map((x) => x.title),
    ).toEqual(['Compose Start']);
    for (const title of ['Start', 'Stop', 'Restart', 'Kill…', 'Remove…', 'Attach Shell'])
      expect(menu('running').map((x) => x.title)).not.toContain(title);
  });
});
