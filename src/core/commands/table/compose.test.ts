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
        m['view/item/context']?.some(
          (x) => x.command === c.id && /viewItem =~ \/\\bcomposeProject\\b\//.test(x.when ?? ''),
        ),
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
