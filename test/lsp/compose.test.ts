// The real language server over the real protocol (in-process streams): compose diagnostics, quick fixes and
// editing features for a file on disk.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import {
  DiagnosticSeverity,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentLink,
  type DocumentSymbol,
  type Hover,
  type Location,
} from 'vscode-languageserver-types';
import { startLanguageServer } from '../../src/server/languageServer';
import { TEN_PROBLEMS } from '../fixtures/compose/tenProblems';

const file = path.resolve(__dirname, '../fixtures/compose/ten-problems/compose.yaml');
const uri = pathToFileURL(file).href;
const text = fs.readFileSync(file, 'utf8');
let client: ProtocolConnection;
const published: PublishDiagnosticsParams[] = [];
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'stv-lsp-compose-'));
const config: Record<string, unknown> = {};

beforeAll(async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLanguageServer(createConnection(toServer, toClient), { facts: null });
  client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
  });
  client.onRequest('workspace/configuration', (p: { items: { section: string }[] }) =>
    p.items.map((i) => config[i.section] ?? {}),
  );
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
  });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'dockercompose', version: 1, text },
  });
});
afterAll(() => {
  client?.dispose();
  fs.rmSync(workspace, { recursive: true, force: true });
});

async function published_(u: string, ok: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (let i = 0; i < 100; i++) {
    const last = published.filter((p) => p.uri === u).pop();
    if (last && ok(last.diagnostics)) return last.diagnostics;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `no matching diagnostics for ${u}: ${JSON.stringify(
      published
        .filter((p) => p.uri === u)
        .pop()
        ?.diagnostics.map((d) => d.code),
    )}`,
  );
}

async function reconfigure(section: string, value: unknown): Promise<void> {
  config[section] = value;
  await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
}

async function diagnostics(): Promise<Diagnostic[]> {
  for (let i = 0; i < 100; i++) {
    const last = published.filter((p) => p.uri === uri).pop();
    if (last && last.diagnostics.length) return last.diagnostics;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no diagnostics published');
}

describe('compose language server (lsp)', () => {
  it('publishes the ten planted problems with codes, docs links and source', async () => {
    const d = await diagnostics();
    expect(d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${String(x.code)}`)).toEqual([
      ...TEN_PROBLEMS,
    ]);
    for (const x of d) {
      expect(x.source).toBe('stevedore');
      expect(String(x.codeDescription?.href)).toMatch(new RegExp(`docs/rules/${String(x.code)}\\.md$`));
    }
  });

  it('offers quick fixes: remove version, did-you-mean', async () => {
    const d = await diagnostics();
    const actions = await client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d[0]!.range,
      context: { diagnostics: [d[0]!] },
    });
    expect(actions.map((a) => a.title)).toContain('Remove `version`');
    const typo = d.find((x) => String(x.message).includes('restrat'))!;
    const fixes = await client.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: typo.range,
      context: { diagnostics: [typo] },
    });
    expect(fixes.map((a) => a.title)).toContain('Change `restrat` to `restart`');
  });

  it('answers completion, hover, symbols, definition, references and links for compose', async () => {
    const items = await client.sendRequest<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 19, character: 4 },
    });
    const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
    expect(labels).toContain('healthcheck');
    const hover = await client.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 3, character: 6 },
    });
    expect(JSON.stringify(hover.contents)).toContain('image');
    const symbols = await client.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(symbols[0]!.children!.map((s) => s.name)).toEqual(['web', 'api', 'worker']);
    const def = await client.sendRequest<Location[]>('textDocument/definition', {
      textDocument: { uri },
      position: { line: 16, character: 19 },
    });
    expect(def[0]!.range.start).toEqual({ line: 17, character: 2 });
    const refs = await client.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 10, character: 3 },
      context: { includeDeclaration: true },
    });
    expect(refs.map((r) => r.range.start.line)).toEqual([10, 19]);
    // the ten-problems file has nothing to link
    expect(await client.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } })).toEqual(
      [],
    );
  });

  it('links env_file, build context and dockerfile, and bind-mount sources to their files', async () => {
    const dir = path.join(workspace, 'links');
    fs.mkdirSync(dir);
    const linksUri = pathToFileURL(path.join(dir, 'compose.yaml')).href;
    const body =
      'services:\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile.dev\n    env_file: [web.env]\n    volumes:\n      - ./html:/srv:ro\n      - data:/data\n      - ${HOME}/x:/x\nvolumes:\n  data:\n';
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: linksUri, languageId: 'dockercompose', version: 1, text: body },
    });
    const links = await client.sendRequest<DocumentLink[]>('textDocument/documentLink', {
      textDocument: { uri: linksUri },
    });
    const href = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
    expect(
      links.map((l) => [`${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`, l.target]),
    ).toEqual([
      ['3:15-20', href('web')],
      ['4:18-32', href('web/Dockerfile.dev')],
      ['5:15-22', href('web.env')],
      ['7:8-14', href('html')],
    ]);
    const resolved = await client.sendRequest<DocumentLink>('documentLink/resolve', links[0]);
    expect(resolved.target).toBe(href('web'));
  });

  it('honours stevedore.lint.rules.<id> for compose rules after a configuration change', async () => {
    const at = (d: Diagnostic[]) => d.find((x) => x.code === 'image-latest-tag');
    expect(at(await diagnostics())?.severity).toBe(DiagnosticSeverity.Warning);
    await reconfigure('stevedore.lint', { rules: { 'image-latest-tag': 'error' } });
    const raised = await published_(uri, (d) => at(d)?.severity === DiagnosticSeverity.Error);
    expect(at(raised)!.range.start).toEqual({ line: 11, character: 11 });
    await reconfigure('stevedore.lint', { rules: { 'image-latest-tag': 'off', 'obsolete-version': 'default' } });
    const off = await published_(uri, (d) => !at(d));
    expect(off).toHaveLength(9);
    await reconfigure('stevedore.lint', {});
    await published_(uri, (d) => d.length === 10);
  });

  it('interpolates with stevedore.compose.envFile, relative to the workspace folder', async () => {
    fs.mkdirSync(path.join(workspace, 'app'));
    fs.mkdirSync(path.join(workspace, 'env'));
    fs.writeFileSync(path.join(workspace, 'env/ci.env'), 'PORT=http\n');
    const appUri = pathToFileURL(path.join(workspace, 'app/compose.yaml')).href;
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: appUri,
        languageId: 'dockercompose',
        version: 1,
        text: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:${PORT}:80"]\n',
      },
    });
    const before = await published_(appUri, (d) => d.length > 0);
    expect(before.map((d) => d.code)).toEqual(['unset-variable']);
    await reconfigure('stevedore.compose', { envFile: 'env/ci.env' });
    const after = await published_(appUri, (d) => d.some((x) => x.code === 'invalid-port'));
    expect(after.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`)).toEqual([
      '4:24 invalid-port',
    ]);
    await reconfigure('stevedore.compose', {});
  });

  it('survives half-typed YAML', async () => {
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'services:\n  web:\n    image: [\n  "x\n' }],
    });
    const items = await client.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 4 },
    });
    expect(Array.isArray(items) || typeof items === 'object').toBe(true);
    const symbols = await client.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(Array.isArray(symbols)).toBe(true);
  });
});
