// Special files the workspace names (.env, .dockerignore, compose.override.yaml, .hadolint.yaml symlinked to
// /dev/zero; `include: [/dev/zero]`): the real server and the real CLI stay up and say why each was not read.
// In an untrusted workspace, a file whose real path is outside the workspace is not read at all.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, startServer } from './realServer';
beforeAll(() => {
  if (!existsSync(join(root, 'dist/server.js')) || !existsSync(join(root, 'dist/cli.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
}, 300_000);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stevedore-special-'));
  for (const f of ['.env', '.dockerignore', 'compose.override.yaml', '.hadolint.yaml'])
    symlinkSync('/dev/zero', join(dir, f));
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  a:\n    image: alpine:3\ninclude:\n  - /dev/zero\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3\nCOPY . /x\n');
  return dir;
}

interface Diag {
  code?: string;
  message: string;
}

async function diagnosticsFor(dir: string, trusted: boolean, file: string, languageId: string): Promise<Diag[]> {
  const { server, report } = await startServer(dir, trusted);
  try {
    const uri = pathToFileURL(join(dir, file)).toString();
    const got = new Promise<Diag[]>((resolve) => server.waiters.set(uri, { version: 1, resolve }));
    await server.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text: readFileSync(join(dir, file), 'utf8') },
    });
    const diags = await got;
    // still answering afterwards
    await server.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(report.exits).toEqual([]);
    expect(report.lintFailures).toEqual([]);
    return diags;
  } finally {
    server.stop();
  }
}

describe('special files through the real server and CLI (lsp)', () => {
  it('trusted: .env, compose.override.yaml and include: [/dev/zero] are reported, not read', async () => {
    const dir = workspace();
    const d = await diagnosticsFor(dir, true, 'compose.yaml', 'dockercompose');
    const notRead = d.filter((x) => x.code === 'file-not-read').map((x) => x.message);
    expect(notRead.join('\n')).toMatch(/\.env was not read: it is a character device/);
    expect(notRead.join('\n')).toMatch(/\/dev\/zero was not read: it is a character device/);
  }, 60_000);

  it('trusted: a .dockerignore symlinked to /dev/zero is reported on the Dockerfile', async () => {
    const d = await diagnosticsFor(workspace(), true, 'Dockerfile', 'dockerfile');
    expect(d.find((x) => x.code === 'file-not-read')?.message).toMatch(/\.dockerignore was not read/);
  }, 60_000);

  it('untrusted: a .env resolving outside the workspace is not read, and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stevedore-untrusted-'));
    const outside = join(mkdtempSync(join(tmpdir(), 'stevedore-outside-')), 'secrets.env');
    writeFileSync(outside, 'TOKEN=x\n');
    symlinkSync(outside, join(dir, '.env'));
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  a:\n    image: alpine:3\n    command: $TOKEN\n');
    const d = await diagnosticsFor(dir, false, 'compose.yaml', 'dockercompose');
    expect(d.find((x) => x.code === 'file-not-read')?.message).toMatch(/outside the workspace, which is not trusted/);
  }, 60_000);

  it('the CLI lints the folder, exits 1 with JSON naming each file it did not read', () => {
    const dir = workspace();
    const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'lint', '--offline', '-f', 'json', dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as { rule: string; message: string }[];
    const messages = findings
      .filter((f) => f.rule === 'file-not-read')
      .map((f) => f.message)
      .join('\n');
    expect(messages).toMatch(/\.env was not read/);
    expect(messages).toMatch(/\.dockerignore was not read/);
    expect(messages).toMatch(/\/dev\/zero was not read/);
    const named = spawnSync(
      process.execPath,
      [join(root, 'dist/cli.js'), 'lint', '--offline', '-f', 'json', join(dir, 'compose.override.yaml')],
      {
        encoding: 'utf8',
      },
    );
    expect(named.status).toBe(1);
    expect(JSON.parse(named.stdout)[0]).toMatchObject({ rule: 'file-not-read', severity: 'warning' });
  }, 60_000);
});
