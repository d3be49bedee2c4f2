// The manifest checks of the UI suite, run on the repository's package.json without VS Code: a quick
// signal in `npm run test:fast`. The extension-host suite repeats them with VS Code's live facts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextValues } from '../../../src/core/tree/contextValues';
import {
  allProblems,
  brokenManifests,
  menuProblems,
  orphanWelcomeViews,
  stevedoreKeyPatterns,
  unscopedViewMenuItems,
  whenClauseProblems,
  type Manifest,
  type WhenFacts,
} from '../../ui/exthost/manifestChecks';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest & {
  contributes: { languages?: { id: string }[] };
};
const sources = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sources(path.join(dir, e.name))
        : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
const shellSource = ['src/extension', 'src/shared']
  .filter((d) => fs.existsSync(path.join(root, d)))
  .flatMap((d) => sources(path.join(root, d)))
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');
const facts: WhenFacts = {
  contextValues,
  ownKeys: stevedoreKeyPatterns(shellSource),
  languages: new Set([...(pkg.contributes.languages ?? []).map((l) => l.id), 'yaml', 'json', 'shellscript']),
};
const contributed = new Set((pkg.contributes.commands ?? []).map((c) => c.command));

describe('manifest checks on package.json (unit)', () => {
  it('when clauses name only views, context values and keys that exist', () => {
    expect(whenClauseProblems(pkg, facts)).toEqual([]);
  });
  it('menus name known menus and contributed commands, view menus are scoped, welcome views are ours', () => {
    expect([...menuProblems(pkg, contributed), ...unscopedViewMenuItems(pkg), ...orphanWelcomeViews(pkg)]).toEqual([]);
  });
  it.each(brokenManifests(pkg).map((c) => [c.what, c] as const))('reports a broken manifest: %s', (_what, c) => {
    const registered = new Set(contributed);
    registered.delete('stevedore.container.nonexistent');
    expect(allProblems(c.manifest, registered, facts).some((p) => c.expect.test(p))).toBe(true);
  });
});
