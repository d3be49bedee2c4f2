/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NodeSnapshot } from '../../../src/core/tree/nodes';
import type { ViewName } from '../../../src/core/tree/refreshPolicy';
import { api, manifest, prefix, waitFor } from './harness';

function* walk(nodes: readonly NodeSnapshot[]): Generator<NodeSnapshot> {
  for (const n of nodes) {
    yield n;
    if (n.children) yield* walk(n.children);
  }
}
/** What a view shows, through the extension's API: "label description" per node, children included. */
async function labels(view: ViewName): Promise<string[]> {
  return [...walk(await (await api()).views[view].getChildren())].map((n) => `${n.label} ${n.description ?? ''}`);
}

export default function register(): void {
  suite('views (ui)', () => {
    test('the view container holds the five explorer views, the Swarm view (managers only) and the Registries view', () => {
      const views = manifest().contributes.views?.stevedore?.map((v) => `${v.id} ${v.when ?? ''}`.trim());
      assert.deepEqual(views, [
        'stevedore.containers',
        'stevedore.swarm stevedore.swarm.manager',
        'stevedore.images',
        'stevedore.volumes',
        'stevedore.networks',
        'stevedore.engines',
        'stevedore.registries',
      ]);
    });

    test('every view can be focused', async () => {
      for (const v of manifest().contributes.views?.stevedore ?? [])
        await vscode.commands.executeCommand(`${v.id}.focus`);
    });

    test("the views show the engine's real resources, created by the harness (through the API)", async () => {
      const p = prefix();
      const has = (view: ViewName, text: string) =>
        waitFor(`${text} in the ${view} view`, async () => (await labels(view)).some((l) => l.includes(text)));
      await has('containers', `${p}-c1`);
      await has('containers', `${p}-shop`);
      await has('images', p);
      await has('volumes', `${p}-vol`);
      await has('networks', `${p}-net`);
      await waitFor('an engine in the engines view', async () => (await labels('engines')).length > 0);
    });
  });
}
