// The real language server process (bundled from src/server/server.ts) over the real protocol on stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  FoldingRange,
  Hover,
  SemanticTokens,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver-types';

const uri = 'file:///tmp/stevedore-lsp-test/Dockerfile';
const text =
  'FROM node:20 as Build\nMAINTAINER Jane\nRUN apt-get update && apt-get install curl\nWORKDIR app\nCMD node server.js\n';
let server: ChildProcess;
let client: ProtocolConnection;
const published = new Map<string, { version?: number; diagnostics: Diagnostic[] }[]>();
let lintSettings: Record<string, unknown> = {};

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'stevedore-lsp-')), 'server.js');
  await esbuild.build({
    entryPoints: ['src/server/server.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    alias: { ssh2: './src/core/engine/ssh2Shim.ts' },
    external: ['cpu-features'],
  });
  // no engine: the offline rules must not wait for one
  server = spawn(process.execPath, [out, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
  });
  client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  client.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      published.set(p.uri, [...(published.get(p.uri) ?? []), p]);
    },
  );
  client.onRequest('workspace/configuration', (p: { items: { section: string }[] }) =>
    p.items.map((i) => (i.section === 'stevedore.lint' ? lintSettings : {})),
  );
  client.listen();
  await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        hover: { contentFormat: ['markdown'] },
        completion: { completionItem: { snippetSupport: true } },
      },
    },
  });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'dockerfile', version: 1, text },
  });
}, 60_000);

afterAll(() => {
  client?.dispose();
  server?.kill();
});

async function diagnostics(u = uri, version?: number): Promise<Diagnostic[]> {
  for (let i = 0; i < 200; i++) {
    const last = published.get(u)?.at(-1);
    if (last && (version === undefined || last.version === version)) return last.diagnostics;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no diagnostics for ${u} v${version}`);
}

const codes = (d: Diagnostic[]) => d.map((x) => String(x.code)).sort();

describe('Dockerfile language server (lsp)', () => {
  it('publishes diagnostics on open with codes, docs links, source and aliases', async () => {
    const d = await diagnostics(uri, 1);
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        'apt-get-pin',
        'apt-get-yes',
        'from-as-casing',
        'json-args-recommended',
        'maintainer-deprecated',
        'stage-name-casing',
        'workdir-relative-path',
      ]),
    );
    for (const x of d) {
      expect(x.source).toBe('stevedore');
      expect(x.codeDescription?.href).toMatch(new RegExp(`docs/rules/${String(x.code)}\\.md$`));
      expect(Array.isArray((x.data as { aliases: string[] }).aliases)).toBe(true);
    }
    expect(d.find((x) => x.code === 'maintainer-deprecated')?.tags).toEqual([2]);
  });

  it('offers the fix, ignore pragmas and docs for a diagnostic', async () => {
    const d = (await diagnostics(uri, 1)).find((x) => x.code === 'apt-get-yes')!;
    const actions = await client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    expect(actions.map((a) => a.title)).toEqual([
      'Add -y',
      'Ignore DL3014 for this instruction',
      'Ignore DL3014 in this file',
      'Show documentation for apt-get-yes',
      'Fix all auto-fixable Stevedore problems',
    ]);
    const apply = (a: CodeAction) =>
      TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, text), a.edit!.changes![uri] as TextEdit[]);
    expect(apply(actions[0]!)).toContain('apt-get install -y curl');
    expect(apply(actions[1]!)).toContain('MAINTAINER Jane\n# hadolint ignore=DL3014\nRUN apt-get');
    expect(apply(actions[2]!).startsWith('# hadolint global ignore=DL3014\nFROM')).toBe(true);
    expect(actions[3]!.command).toMatchObject({ command: 'stevedore.lint.openRuleDocs' });
  });

  it('source.fixAll.stevedore applies every certain fix', async () => {
    const actions = await client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.stevedore'] },
    });
    expect(actions).toHaveLength(1);
    const fixed = TextDocument.applyEdits(
      TextDocument.create(uri, 'dockerfile', 1, text),
      actions[0]!.edit!.changes![uri] as TextEdit[],
    );
    expect(fixed).toBe(
      'FROM node:20 AS build\nLABEL org.opencontainers.image.authors="Jane"\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCMD ["node", "server.js"]\n',
    );
  });

  it('re-lints after a change (debounced) and drops what was fixed', async () => {
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }, text: '/' }],
    });
    const d = await diagnostics(uri, 2);
    expect(codes(d)).not.toContain('workdir-relative-path');
    expect(codes(d)).toContain('apt-get-pin');
  });

  it('serves dockerfile-language-service features', async () => {
    const hover = await client.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 1 },
    });
    expect(JSON.stringify(hover?.contents)).toContain('RUN');
    const completion = await client.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 5, character: 0 },
    });
    expect(completion.map((c) => c.label)).toEqual(
      expect.arrayContaining(['FROM baseImage', 'RUN command', 'HEALTHCHECK NONE']),
    );
    const symbols = await client.sendRequest<SymbolInformation[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(symbols.map((s) => s.name)).toContain('FROM');
    const folding = await client.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(Array.isArray(folding)).toBe(true);
    const tokens = await client.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    expect(tokens.data.length).toBeGreaterThan(0);
    const format = await client.sendRequest<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    });
    expect(Array.isArray(format)).toBe(true);
  });

  it('EXPOSE: a hover note (merged with the instruction docs), never a diagnostic', async () => {
    const u = 'file:///tmp/stevedore-lsp-test/expose.Dockerfile';
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: u,
        languageId: 'dockerfile',
        version: 1,
        text: 'FROM nginx:1.27\nEXPOSE 8080\nUSER 101\n',
      },
    });
    expect(codes(await diagnostics(u, 1))).toEqual([]);
    const hover = await client.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: u },
      position: { line: 1, character: 2 },
    });
    const shown = JSON.stringify(hover?.contents);
    expect(shown).toContain('only documents a port');
    expect(shown).toContain('docker run -p 8080:8080');
    expect(shown).toContain('EXPOSE'); // the language service's own hover is kept
    const onPort = await client.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: u },
      position: { line: 1, character: 9 },
    });
    expect(JSON.stringify(onPort?.contents)).toContain('only documents a port');
  });

  it('honours stevedore.lint.rules.<id> severities after a configuration change', async () => {
    lintSettings = { rules: { 'apt-get-pin': 'off', DL3014: 'error' } };
    await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    for (let i = 0; i < 100; i++) {
      const d = published.get(uri)?.at(-1)?.diagnostics ?? [];
      if (!codes(d).includes('apt-get-pin')) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const d = published.get(uri)!.at(-1)!.diagnostics;
    expect(codes(d)).not.toContain('apt-get-pin');
    expect(d.find((x) => x.code === 'apt-get-yes')?.severity).toBe(1);
    lintSettings = {};
  });

  it('reads .hadolint.yaml beside the file and re-reads it when it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stevedore-lsp-cfg-'));
    writeFileSync(join(dir, '.hadolint.yaml'), 'ignored: [DL3007]\n');
    const u = pathToFileURL(join(dir, 'Dockerfile')).toString();
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: 'FROM alpine:latest\nRUN sudo x\n' },
    });
    expect(codes(await diagnostics(u, 1))).toEqual(['no-sudo']);
    writeFileSync(join(dir, '.hadolint.yaml'), 'ignored: [DL3004]\n');
    const before = published.get(u)!.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, '.hadolint.yaml')).toString(), type: 2 }],
    });
    for (let i = 0; i < 100 && published.get(u)!.length === before; i++) await new Promise((r) => setTimeout(r, 25));
    expect(codes(published.get(u)!.at(-1)!.diagnostics)).toEqual(['latest-tag']);
  });

  it('survives a broken document and keeps answering', async () => {
    const broken = 'file:///tmp/stevedore-lsp-test/broken.Dockerfile';
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: broken,
        languageId: 'dockerfile',
        version: 1,
        text: 'FROM\n\u0000RUN "\\\nONBUILD ONBUILD\nHEALTHCHECK --interval=\n',
      },
    });
    const d = await diagnostics(broken, 1);
    expect(d.length).toBeGreaterThan(0);
    const hover = await client.sendRequest('textDocument/hover', {
      textDocument: { uri: broken },
      position: { line: 1, character: 3 },
    });
    expect(hover === null || typeof hover === 'object').toBe(true);
  });
});
