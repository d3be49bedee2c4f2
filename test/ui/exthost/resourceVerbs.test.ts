/// <reference types="mocha" />
// Volume and network verbs, answered like a user would, checked on the engine. (Network Remove… and prune ask
// with a modal, which VS Code refuses in an extension-test window: test/ui/flows cover them.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeEditors, createContainer, editorText, engine, get, removeContainer, treeNode } from './engineHttp';
import { harness, prefix, ui } from './harness';

const run = (id: string, ...args: unknown[]) => vscode.commands.executeCommand(`stevedore.${id}`, ...args);
const attached = async (net: string) => Object.keys((await get(`/networks/${net}`)).Containers ?? {});

export default function register(): void {
  suite('volume and network verbs (ui)', () => {
    let volume = '';
    let network = '';
    let member = '';
    let memberId = '';
    suiteSetup(async () => {
      volume = `${prefix()}-made-vol`;
      network = `${prefix()}-made-net`;
      member = `${prefix()}-member`;
      memberId = await createContainer(member, { network: `${prefix()}-net` });
    });
    suiteTeardown(async () => {
      await removeContainer(memberId);
      await engine('DELETE', `/networks/${network}`); // the command makes it without labels
      await engine('DELETE', `/volumes/${volume}`);
      await closeEditors();
    });

    test('Create Volume… with the name, driver and labels typed', async () => {
      const done = run('volume.create');
      await ui({ op: 'quickInput', title: 'Create volume: name', fill: volume });
      await ui({ op: 'quickInput', title: 'Create volume: driver' }); // keeps "local"
      await ui({
        op: 'quickInput',
        title: 'Create volume: labels',
        fill: `stevedore.test=ui, stevedore.ui.run=${harness.id}`,
      });
      await done;
      const v = await get(`/volumes/${volume}`);
      assert.equal(v.Driver, 'local');
      assert.deepEqual(v.Labels, { 'stevedore.test': 'ui', 'stevedore.ui.run': harness.id });
    });

    test("volume Inspect opens the volume's JSON", async () => {
      await run('volume.inspect', await treeNode('volumes', volume));
      assert.match(await editorText(volume), new RegExp(`"Name": "${volume}"`));
    });

    test('Create Network… with a name and the bridge driver', async () => {
      const done = run('network.create');
      await ui({ op: 'quickInput', title: 'Create network: name', fill: network });
      const drivers = await ui({ op: 'quickInput', title: `Create network ${network}: driver`, fill: 'bridge' });
      assert.ok(
        drivers.items?.some((i) => i.includes('macvlan')),
        `drivers offered: ${JSON.stringify(drivers.items)}`,
      );
      await ui({ op: 'quickInput', title: `Create network ${network}: subnet` });
      await ui({ op: 'quickInput', title: `Create network ${network}: options` }); // none checked
      await done;
      const n = await get(`/networks/${network}`);
      assert.equal(n.Driver, 'bridge');
      assert.equal(n.Internal, false);
    });

    test('Connect Container… then Disconnect Container…, picking the container', async () => {
      const done = run('network.connect', await treeNode('networks', network));
      await ui({ op: 'quickInput', title: `Connect to ${network}`, fill: member, check: [member] });
      await done;
      assert.deepEqual(await attached(network), [memberId]);
      const undone = run('network.disconnect', await treeNode('networks', network));
      await ui({ op: 'quickInput', title: `Disconnect from ${network}`, fill: member, check: [member] });
      await undone;
      assert.deepEqual(await attached(network), []);
    });

    test("network Inspect opens the network's JSON", async () => {
      await run('network.inspect', await treeNode('networks', network));
      assert.match(await editorText(network), new RegExp(`"Name": "${network}"`));
    });
  });
}
