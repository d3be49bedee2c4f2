// The rules of the house that a type checker cannot see: who may import what, and when the extension wakes.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|mts|cts)$/.test(e.name) ? [p] : [];
  });
}

// every module specifier of an import/export/require/import() in a TypeScript file
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm))
    if (m[1] !== undefined) found.push(m[1]);
  return found;
}

function offenders(dir: string, banned: (spec: string) => boolean): string[] {
  return sources(join(root, dir)).flatMap((f) =>
    imports(f)
      .filter(banned)
      .map((s) => `${relative(root, f)} imports ${s}`),
  );
}

describe('layering', () => {
  it('the scanner sees the import forms it checks (so the checks below can fail)', () => {
    const text = [
      "import * as vscode from 'vscode';",
      'import type { X } from "vscode";',
      "const v = require('vscode');",
      "const d = await import('dockerode');",
      "export { y } from 'vscode-languageserver';",
      "import 'vscode';",
    ].join('\n');
    const specs = [
      ...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm),
    ].map((m) => m[1]);
    expect(specs).toEqual(['vscode', 'vscode', 'vscode', 'dockerode', 'vscode-languageserver', 'vscode']);
  });

  it('src/core never imports vscode nor the language server runtime', () => {
    expect(
      offenders(
        'src/core',
        (s) =>
          s === 'vscode' ||
          s === 'vscode-languageserver' ||
          s.startsWith('vscode-languageserver/') ||
          s === 'vscode-languageclient' ||
          s.startsWith('vscode-languageclient/'),
      ),
    ).toEqual([]);
  });

  it('only src/extension imports vscode', () => {
    for (const dir of ['src/server', 'src/cli', 'src/shared'])
      expect(offenders(dir, (s) => s === 'vscode')).toEqual([]);
  });

  it('only src/core/engine imports dockerode', () => {
    const outside = ['src/core', 'src/server', 'src/cli', 'src/shared', 'src/extension']
      .flatMap((d) => offenders(d, (s) => s === 'dockerode' || s === 'docker-modem'))
      .filter((o) => !o.startsWith('src/core/engine/'));
    expect(outside).toEqual([]);
  });

  it('outside src/core/engine, engine writes go through EngineActions: no dockerode-backed module is imported', () => {
    // public: index (Engine), actions (actionsFor, EngineActions, records, pure helpers), actionsTypes, describe
    const internal = /\/engine\/(actions(?!Types$)[A-Z]\w*|dockerodeActions|request|transport)$/;
    const outside = [
      'src/core',
      'src/server',
      'src/cli',
      'src/shared',
      'src/extension',
      'test/integration',
      'test/bench',
    ]
      .flatMap((d) => offenders(d, (s) => internal.test(s)))
      .filter((o) => !o.startsWith('src/core/engine/'));
    expect(outside).toEqual([]);
  });
});

describe('manifest', () => {
  it('activates only on demand: never at * or onStartupFinished', () => {
    const events: string[] = manifest.activationEvents ?? [];
    expect(events.filter((e) => e === '*' || e === 'onStartupFinished')).toEqual([]);
    expect(events).toContain('onLanguage:dockerfile');
    expect(events).toContain('onLanguage:dockercompose');
  });

  it('is a real extension manifest with the CLI as its bin', () => {
    expect(manifest).toMatchObject({
      name: 'stevedore',
      main: './dist/extension.js',
      bin: { stevedore: 'dist/stevedore.cjs' },
      license: 'MIT',
    });
    expect(manifest.publisher).toBeTruthy();
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    const container = manifest.contributes.viewsContainers.activitybar[0];
    expect(readFileSync(join(root, container.icon), 'utf8')).toContain('<svg');
  });

  it('.vscodeignore lets in every file the bundles load at run time', () => {
    const rules = readFileSync(join(root, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const kept of ['!dist/extension.js', '!dist/server.js', '!dist/cli.js', '!dist/stevedore.cjs'])
      expect(rules).toContain(kept);
  });
});
