// The language server over the real protocol with engine facts from the real engine: local image names completed
// after FROM and at a compose `image:`, an absent service image reported (info) with a Pull action, a misspelt
// instruction's "did you mean" fix and a restart policy the engine would refuse. Creates nothing on the engine.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { CodeAction, CompletionItem, Diagnostic } from 'vscode-languageserver-types';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import { createEngineFacts } from '../../src/core/lint/engine-facts';
import { startLanguageServer } from '../../src/server/languageServer';

const PRESENT = 'stevedore-test/busybox:latest';
const ABSENT = 'stevedore-lint-test/never-pulled:1.0';
let engine: Engine;
let client: ProtocolConnection;
const published: PublishDiagnosticsParams[] = [];

beforeAll(async () => {
  engine = createEngine(await resolveEndpoint());
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLanguageServer(createConnection(toServer, toClient), { facts: createEngineFacts(engine) });
  client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
  });
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  });
  await client.sendNotification('initialized', {});
});
afterAll(() => {
  client?.dispose();
  engine?.dispose();
});

let n = 0;
async function open(name: string, languageId: string, text: string): Promise<string> {
  const uri = `file:///stv-lsp-images-${++n}/${name}`;
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

async function diagnosticsOf(uri: string, ok: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (let i = 0; i < 200; i++) {
    const last = published.filter((p) => p.uri === uri).pop();
    if (last && ok(last.diagnostics)) return last.diagnostics;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `no matching diagnostics for ${uri}: ${JSON.stringify(published.filter((p) => p.uri === uri).pop())}`,
  );
}

async function complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
  const r = await client.sendRequest<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
    textDocument: { uri },
    position: { line, character },
  });
  return Array.isArray(r) ? r : r.items;
}

async function actionsFor(uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return client.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  });
}

describe('language server with the engine (integration)', () => {
  it('completes local image names with their tags after FROM', async () => {
    const uri = await open('Dockerfile', 'dockerfile', 'FROM stevedore-test/bu\n');
    const items = await complete(uri, 0, 22);
    const item = items.find((i) => i.label === PRESENT);
    expect(item?.detail).toBe('local image');
    expect(item?.textEdit).toEqual({
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 22 } },
      newText: PRESENT,
    });
    expect(items.every((i) => !String(i.label).startsWith('<none>'))).toBe(true);
  });

  it('completes local image names at a compose service image, not at other keys', async () => {
    const text = 'services:\n  web:\n    image: stevedore-test/\n    restart: \n';
    const uri = await open('compose.yaml', 'dockercompose', text);
    const items = await complete(uri, 2, 26);
    expect(items.find((i) => i.label === PRESENT)?.textEdit).toEqual({
      range: { start: { line: 2, character: 11 }, end: { line: 2, character: 26 } },
      newText: PRESENT,
    });
    const restart = (await complete(uri, 3, 13)).map((i) => i.label);
    expect(restart).toContain('unless-stopped');
    expect(restart).not.toContain(PRESENT);
  });

  it('an image that is not local and has no build: info at the image, with a Pull action', async () => {
    const text = `services:\n  web:\n    image: ${ABSENT}\n  here:\n    image: ${PRESENT}\n  built:\n    image: ${ABSENT}\n    build: .\n`;
    const uri = await open('compose.yaml', 'dockercompose', text);
    const all = await diagnosticsOf(uri, (d) => d.some((x) => x.code === 'image-not-local'));
    const found = all.filter((x) => x.code === 'image-not-local');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      `image \`${ABSENT}\` is not on the engine and the service has no \`build\`: \`compose up\` will pull it`,
    );
    expect(found[0]!.severity).toBe(3);
    expect(found[0]!.range).toEqual({
      start: { line: 2, character: 11 },
      end: { line: 2, character: 11 + ABSENT.length },
    });
    const pull = (await actionsFor(uri, found[0]!)).find((a) => a.title === `Pull image ${ABSENT}`);
    expect(pull?.command).toEqual({
      title: `Pull image ${ABSENT}`,
      command: 'stevedore.lint.pullImage',
      arguments: [ABSENT],
    });
  });

  it('a restart policy the schema lets through but the engine refuses is an error at the value', async () => {
    const uri = await open(
      'compose.yaml',
      'dockercompose',
      `services:\n  web:\n    image: ${PRESENT}\n    restart: sometimes\n`,
    );
    const d = (await diagnosticsOf(uri, (x) => x.some((y) => y.code === 'restart-policy'))).find(
      (x) => x.code === 'restart-policy',
    )!;
    expect(d.message).toBe(
      '`restart: sometimes` is not a restart policy: use no, always, on-failure[:max-retries] or unless-stopped',
    );
    expect(d.range).toEqual({ start: { line: 3, character: 13 }, end: { line: 3, character: 22 } });
  });

  it('a misspelt instruction: "did you mean CMD?" with a fix', async () => {
    const uri = await open('Dockerfile', 'dockerfile', `FROM ${PRESENT}\nCDM ["sh"]\n`);
    const d = (await diagnosticsOf(uri, (x) => x.some((y) => y.code === 'syntax-error'))).find(
      (x) => x.code === 'syntax-error',
    )!;
    expect(d.message).toBe('Unknown instruction: CDM — did you mean CMD?');
    const fix = (await actionsFor(uri, d)).find((a) => a.title === 'Change to CMD');
    expect(fix?.edit?.changes?.[uri]).toEqual([
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'CMD' },
    ]);
  });
});
