// The build form's inputs reach the lint through the real server: once the client sends the Dockerfile's last build
// (context folder, build arguments), the Dockerfile is linted as that build sees it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_FORMS_METHOD, type BuildFormsParams } from '../../src/shared/lintProtocol';
import { root, startServer } from './realServer';
beforeAll(() => {
  if (!existsSync(join(root, 'dist/server.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
}, 300_000);

const WATCHED = ['copy-ignored-file', 'from-as-casing', 'stage-name-casing'];

describe('build form inputs through the real server (lsp)', () => {
  it('context folder and BUILDKIT_DOCKERFILE_CHECK from the form; forgotten again when the form goes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stevedore-forms-'));
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, '.dockerignore'), 'secret.txt\n');
    const file = join(dir, 'docker', 'Dockerfile');
    const text = '# check=skip=all\nFROM alpine:3 as Build\nCOPY secret.txt /x\n';
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const { server, report } = await startServer(dir, true);
    const next = () =>
      new Promise<{ code?: string; range: { start: { line: number } } }[]>((resolve) =>
        server.waiters.set(uri, { version: 1, resolve }),
      ).then((d) => d.filter((x) => WATCHED.includes(x.code ?? '')).map((x) => `${x.range.start.line + 1}:${x.code}`));
    // a lint may publish twice (offline findings, then with the engine's): wait for the state asked for, or the last
    const settle = async (first: Promise<string[]>, want: string[]) => {
      let got = await first;
      for (let i = 0; i < 4 && JSON.stringify(got) !== JSON.stringify(want); i++)
        got = await Promise.race([next(), new Promise<string[]>((r) => setTimeout(() => r(got), 3000))]);
      return got;
    };
    try {
      let got = next();
      await server.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'dockerfile', version: 1, text },
      });
      // the Dockerfile's own folder is the context (no .dockerignore there), and the file skips every check
      expect(await settle(got, [])).toEqual([]);
      got = next();
      const forms: BuildFormsParams = {
        forms: [
          { dockerfile: file, contextDir: dir, buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=StageNameCasing' } },
        ],
      };
      await server.conn.sendNotification(BUILD_FORMS_METHOD, forms);
      const both = ['2:from-as-casing', '3:copy-ignored-file'];
      expect(await settle(got, both)).toEqual(both);
      got = next();
      await server.conn.sendNotification(BUILD_FORMS_METHOD, { forms: [] });
      expect(await settle(got, [])).toEqual([]);
      expect(report.exits).toEqual([]);
      expect(report.lintFailures).toEqual([]);
    } finally {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
