/// <reference types="mocha" />
// The manifest of the INSTALLED extension against what VS Code 1.139.1 and the running extension really
// have: a command missing from the code, a `when` clause VS Code cannot parse, or one naming a view, a
// context value, a setting or a context key that nothing provides fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { contextValues } from '../../../src/core/tree/contextValues';
import { api, manifest, stevedore } from './harness';
import {
  allProblems,
  brokenManifests,
  menuProblems,
  orphanWelcomeViews,
  stevedoreKeyPatterns,
  unregisteredCommands,
  unscopedViewMenuItems,
  whenClauseProblems,
  whenClauses,
  type WhenFacts,
} from './manifestChecks';

/** VS Code's own when-clause parser, as its extension-manifest linter uses it. */
async function parseErrors(clauses: string[]): Promise<string[][]> {
  const errors = await vscode.commands.executeCommand<{ errorMessage: string; offset: number }[][]>(
    '_validateWhenClauses',
    clauses,
  );
  assert.equal(errors.length, clauses.length, '_validateWhenClauses answered for a different number of clauses');
  return errors.map((e) => e.map((x) => `${x.errorMessage} at ${x.offset}`));
}

export default function register(): void {
  suite('manifest (ui)', () => {
    let registered: Set<string>;
    let facts: WhenFacts;
    suiteSetup(async () => {
      await api();
      registered = new Set(await vscode.commands.getCommands(true));
      const declared = (await vscode.commands.executeCommand<{ key: string }[]>('getContextKeyInfo')).map((k) => k.key);
      assert.ok(declared.includes('resourceLangId'), 'getContextKeyInfo returned no built-in keys');
      facts = {
        contextValues,
        declaredKeys: new Set(declared),
        ownKeys: stevedoreKeyPatterns(
          fs.readFileSync(path.join(stevedore().extensionPath, 'dist', 'extension.js'), 'utf8'),
        ),
        languages: new Set(await vscode.languages.getLanguages()),
        isSetting: (key) => vscode.workspace.getConfiguration().inspect(key)?.defaultValue !== undefined,
      };
    });

    test('every contributed command is registered by the running extension', () => {
      assert.deepEqual(unregisteredCommands(manifest(), registered), []);
    });

    test('every menu uses a known menu id and a contributed, registered command', () => {
      assert.deepEqual(menuProblems(manifest(), registered), []);
    });

    test('every when clause parses (VS Code parser)', async () => {
      const all = whenClauses(manifest());
      const errors = await parseErrors(all.map((c) => c.when));
      assert.deepEqual(
        all.flatMap((c, i) => errors[i]!.map((e) => `${c.where}: '${c.when}': ${e}`)),
        [],
      );
    });

    test('every when clause names only context keys, views, context values, settings and languages that exist', () => {
      assert.deepEqual(whenClauseProblems(manifest(), facts), []);
    });

    test('view menus are scoped to Stevedore views; welcome views belong to contributed views', () => {
      assert.deepEqual([...unscopedViewMenuItems(manifest()), ...orphanWelcomeViews(manifest())], []);
    });

    test('the checks catch a broken manifest (each way it breaks)', async () => {
      for (const c of brokenManifests(manifest())) {
        const problems = allProblems(c.manifest, registered, facts);
        assert.ok(
          problems.some((p) => c.expect.test(p)),
          `${c.what}: not reported; got ${JSON.stringify(problems)}`,
        );
      }
      const [broken, fine] = await parseErrors([
        'view == stevedore.containers && && viewItem == image',
        'view == stevedore.containers',
      ]);
      assert.ok(broken!.length > 0, 'VS Code parser accepted a broken clause');
      assert.deepEqual(fine, []);
    });
  });
}
