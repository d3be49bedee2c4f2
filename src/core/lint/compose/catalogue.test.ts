import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsUrl } from '../rule';
import { composeRules } from './rules';

const RULES_DIR = path.join(__dirname, 'rules');
const DOCS = path.resolve(__dirname, '../../../../docs');

describe('compose rule catalogue (unit)', () => {
  it('ids are unique kebab-case and equal their file names; each has a test file', () => {
    const ids = composeRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(fs.existsSync(path.join(RULES_DIR, `${id}.ts`)), `${id}.ts`).toBe(true);
      expect(fs.existsSync(path.join(RULES_DIR, `${id}.test.ts`)), `${id}.test.ts`).toBe(true);
    }
    const files = fs
      .readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    expect(files.sort()).toEqual([...ids].sort());
  });
  // the tester fails a fixable rule none of whose cases is fixed, and a rule fixing a case without fixable: true
  it('every rule runs its case table through the tester (which checks fixable rules fix and others do not)', () => {
    const untested = composeRules
      .filter((r) => {
        const test = fs.readFileSync(path.join(RULES_DIR, `${r.id}.test.ts`), 'utf8');
        return !test.includes(`from './${r.id}'`) || !/\bruleTester\(/.test(test);
      })
      .map((r) => r.id);
    expect(untested).toEqual([]);
  });
  it('the index is sorted', () => {
    const ids = composeRules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });
  it('aliases are unique and never another rule id', () => {
    const ids = new Set(composeRules.map((r) => r.id));
    const aliases = composeRules.flatMap((r) => r.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const a of aliases) expect(ids.has(a)).toBe(false);
  });
  it('per-rule settings in package.json match the catalogue (npm run docs -- --settings prints them)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
      contributes: {
        configuration: {
          properties: Record<string, { enum?: string[]; default?: string; markdownDescription?: string }>;
        };
      };
    };
    const props = pkg.contributes.configuration.properties;
    for (const r of composeRules) {
      const p = props[`stevedore.lint.rules.${r.id}`];
      expect(p?.enum, r.id).toEqual(['default', 'off', 'style', 'info', 'warning', 'error']);
      expect(p?.default, r.id).toBe('default');
      expect(p?.markdownDescription, r.id).toContain(r.docs.url);
      expect(p?.markdownDescription, r.id).toContain(`Default: ${r.severity}.`);
    }
    const declared = Object.keys(props)
      .filter((k) => k.startsWith('stevedore.lint.rules.'))
      .map((k) => k.slice('stevedore.lint.rules.'.length));
    const stale = declared.filter(
      (id) => !composeRules.some((r) => r.id === id) && fs.existsSync(path.join(RULES_DIR, `${id}.ts`)),
    );
    expect(stale).toEqual([]);
  });
  it("every rule's docs url is its page, which exists and the index links (npm run docs writes them)", () => {
    const index = fs.readFileSync(path.join(DOCS, 'compose-rules.md'), 'utf8');
    for (const r of composeRules) {
      expect(r.docs.url).toBe(docsUrl(r.id));
      expect(fs.existsSync(path.join(DOCS, 'rules', `${r.id}.md`)), `docs/rules/${r.id}.md`).toBe(true);
      expect(index).toContain(`[${r.id}](rules/${r.id}.md)`);
    }
  });
});
