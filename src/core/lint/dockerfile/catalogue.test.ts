import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from './rules';
import { PULL_COMMAND } from './rules/image-not-present';
import { PULL_IMAGE_COMMAND } from '../../../shared/lintProtocol';

const root = join(__dirname, '../../../..');
const rulesDir = join(__dirname, 'rules');

describe('Dockerfile rule catalogue (unit)', () => {
  it('ids are unique, kebab-case and equal to the file name; index is sorted and complete', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect([...ids].sort()).toEqual(ids);
    const files = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(files).toEqual([...ids].sort());
  });

  it('every rule has a test file and a docs page', () => {
    for (const r of rules) {
      expect(existsSync(join(rulesDir, `${r.id}.test.ts`)), `${r.id}.test.ts`).toBe(true);
      expect(existsSync(join(root, 'docs/rules', `${r.id}.md`)), `docs/rules/${r.id}.md`).toBe(true);
      expect(r.docs.url).toContain(`docs/rules/${r.id}.md`);
      expect(r.docs.description.length).toBeGreaterThan(10);
    }
    const index = readFileSync(join(root, 'docs/rules.md'), 'utf8');
    for (const r of rules) expect(index).toContain(`[${r.id}](rules/${r.id}.md)`);
  });

  it('every rule explains itself and shows a bad and a good example', () => {
    const lacking = rules
      .filter((r) => {
        const d = r.docs.details ?? '';
        const bad = /(^|\n)Bad\b[^\n]*:[\s\S]*?`/.exec(d);
        const good = /(^|\n)Good\b[^\n]*:[\s\S]*?`/.exec(d);
        const explanation = d.slice(0, Math.min(bad?.index ?? d.length, good?.index ?? d.length)).trim();
        return !bad || !good || explanation.length < 40;
      })
      .map((r) => r.id);
    expect(lacking).toEqual([]);
  });

  it('hadolint aliases are unique DL + four digits; aliases never collide with ids', () => {
    const dl = rules.flatMap((r) => r.aliases.filter((a) => a.startsWith('DL')));
    for (const a of dl) expect(a).toMatch(/^DL\d{4}$/);
    expect(new Set(dl).size).toBe(dl.length);
    const ids = new Set(rules.map((r) => r.id));
    for (const r of rules) for (const a of r.aliases) expect(ids.has(a.toLowerCase())).toBe(false);
  });

  it("covers hadolint's rule table", () => {
    const dl = new Set(rules.flatMap((r) => r.aliases.filter((a) => a.startsWith('DL'))));
    expect(dl.size).toBeGreaterThanOrEqual(60);
  });

  it('per-rule settings in package.json match the catalogue', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { enum?: string[] }> } };
    };
    const props = pkg.contributes.configuration.properties;
    const declared = Object.keys(props)
      .filter((k) => k.startsWith('stevedore.lint.rules.'))
      .map((k) => k.slice('stevedore.lint.rules.'.length));
    const ours = rules.map((r) => r.id);
    for (const id of ours) {
      expect(props[`stevedore.lint.rules.${id}`]?.enum, id).toEqual([
        'default',
        'off',
        'style',
        'info',
        'warning',
        'error',
      ]);
    }
    // other families (compose) may declare their own; none of ours is missing or stale
    const stale = declared.filter((id) => !ours.includes(id) && existsSync(join(rulesDir, `${id}.ts`)));
    expect(stale).toEqual([]);
  });

  it('the pull command matches the client', () => {
    expect(PULL_COMMAND).toBe(PULL_IMAGE_COMMAND);
  });

  // the tester fails a fixable rule none of whose cases is fixed, and a rule fixing a case without fixable: true
  it('every rule runs its case table through the tester (which checks fixable rules fix and others do not)', () => {
    const untested = rules
      .filter(
        (r) => !new RegExp(`testRule\\(\\s*rule\\b`).test(readFileSync(join(rulesDir, `${r.id}.test.ts`), 'utf8')),
      )
      .map((r) => r.id);
    expect(untested).toEqual([]);
  });
});
