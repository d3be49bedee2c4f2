// Engines side by side: a context in the Engines view expands to that engine's own resources.
import * as assert from 'node:assert/strict';
import { api, screenshot, waitFor } from './harness';

export default function register(): void {
  suite('engines side by side (ui)', () => {
    test('expanding an engine lists its containers, images, volumes and networks under it', async function () {
      this.timeout(60_000);
      const explorer = (await api()).explorer;
      const name = await waitFor('a context in the Engines view', async () => {
        const nodes = await explorer.views.engines.getChildren();
        return nodes.find((n) => n.kind === 'context')?.label;
      });
      const rows = await waitFor(
        `the resources of ${name}`,
        async () => {
          const r = await explorer.engineResources(name);
          return r.some((x) => x.label === 'Networks') && r;
        },
        20_000,
      );
      assert.deepEqual(
        rows.map((r) => r.label),
        ['Containers', 'Images', 'Volumes', 'Networks'],
      );
      const networks = rows.find((r) => r.label === 'Networks')!.children ?? [];
      assert.ok(
        networks.some((n) => n.label === 'bridge'),
        JSON.stringify(networks.map((n) => n.label)),
      );
      // read-only: no verb's menu matches these rows
      assert.ok(rows.every((r) => r.contextValue === 'group'));
      await screenshot('engines-side-by-side');
    });
  });
}
