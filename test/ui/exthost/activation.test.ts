/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, harness, manifest, stevedore } from './harness';

export default function register(): void {
  suite('installed extension (ui)', () => {
    test('runs in VS Code 1.139.1 with a Node extension host', () => {
      assert.equal(vscode.version, '1.139.1');
      assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
      assert.match(process.versions.node, /^24\./);
    });

    test('is the VSIX installed into the profile, not a development folder', () => {
      const ext = stevedore();
      assert.ok(harness.extensionsDir, 'STEVEDORE_UI_EXTENSIONS_DIR not set by the harness');
      assert.equal(path.dirname(ext.extensionPath), harness.extensionsDir);
      assert.equal(path.basename(ext.extensionPath), `stevedore.stevedore-${manifest().version}`);
    });

    test('activates and returns its API', async () => {
      const a = await api();
      assert.equal(stevedore().isActive, true);
      assert.ok(a && typeof a === 'object', 'activate() returned no API');
      assert.ok(a.services, 'API has no services');
    });
  });
}
