/// <reference types="mocha" />
// Runs test/ui/exthost (bundled) inside the real Node extension host of VS Code 1.139.1: the workbench
// honours the `payload` (extensionDevelopmentPath + extensionTestsPath) because code-server runs with
// `--vscode-option enable-smoke-test-driver`, and reports run()'s outcome through codeAutomationExit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { answer, type UiRequest } from '../driver/answer';
import type { ServerName, Session } from '../driver/session';

/** Workbench chatter in the forwarded console that says nothing about Stevedore. */
const NOISE =
  /open-vsx\.org|authentication provider 'github'|connection token|Creating a socket|reconnection-grace-time|Service Worker|AgentHost|AccountPolicyGate|MCP migration|builtin extensions cache|^\s*at /;

/** The extension-host screenshots the README shows (copied to docs/screenshots by `npm run screenshots`). */
const README_SHOTS = new Set([
  'exited-container',
  'compose-failure',
  'push-confirmation',
  'welcome-containers',
  'welcome-images',
  'build-failure',
  'swarm-stack',
  'swarm-service-logs',
  'debug-breakpoint-in-container',
]);

export default function register(s: Session): void {
  exthostSuite(s, 'up', 'extension host (ui)', 'the extension-host suites pass inside VS Code');
}

/** The extension-host suites again in a Restricted Mode window (the server sets which of them run). */
export function registerRestricted(s: Session): void {
  exthostSuite(s, 'restricted', 'extension host, Restricted Mode (ui)', 'the untrusted-window suites pass');
}

function exthostSuite(s: Session, server: ServerName, title: string, testTitle: string): void {
  suite(title, () => {
    test(testTitle, async function () {
      this.timeout(480_000);
      const remote = (p: string) => `vscode-remote://${s.origin(server)}${p}`;
      const page = await s.newPage();
      let finish!: (code: unknown) => void;
      const exited = new Promise<unknown>((r) => (finish = r));
      let shots = Promise.resolve();
      // Console lines of the extension host; `@@SCREENSHOT name ack` asks for a screenshot, `@@UI request ack` for a prompt's answer.
      await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
        const line = format(...(args ?? []));
        const ui = /@@UI (\S+) (\S+)/.exec(line);
        if (ui) {
          // a prompt of a command under test, answered in the renderer; the answer goes to the ack file
          shots = shots
            .then(async () => {
              const reply = await answer(page, JSON.parse(decodeURIComponent(ui[1]!)) as UiRequest);
              fs.writeFileSync(`${ui[2]!}.tmp`, JSON.stringify(reply));
              fs.renameSync(`${ui[2]!}.tmp`, ui[2]!); // the test polls for the file: it must appear whole
            })
            .catch((e) => console.log('answering a prompt failed', e));
          return;
        }
        const m = /@@SCREENSHOT (\S+) (\S+)/.exec(line);
        if (!m) {
          if (!NOISE.test(line)) console.log(`    │ ${line.replace(/\n/g, '\n    │ ')}`);
          return;
        }
        shots = shots
          .then(async () => fs.writeFileSync(m[2]!, await s.shot(page, m[1]!, { docs: README_SHOTS.has(m[1]!) })))
          .catch((e) => console.log('screenshot failed', e));
      });
      await page.exposeFunction('codeAutomationExit', (code: unknown) => finish(code));
      try {
        await page.goto(
          s.url(server, [
            ['extensionDevelopmentPath', remote(s.config.runnerExt)],
            ['extensionTestsPath', remote(s.config.exthostIndex)],
          ]),
        );
        const code = await exited;
        await shots;
        assert.equal(code, 0, 'extension-host suites failed (see the log above)');
      } finally {
        await page.close();
      }
    });
  });
}

/** The extension folder given as extensionDevelopmentPath: a manifest only, so no second copy of Stevedore loads. */
export function writeRunnerExtension(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'stevedore-ui-tests',
        publisher: 'stevedore-test',
        version: '0.0.0',
        engines: { vscode: '*' },
        // else Restricted Mode disables it
        capabilities: { untrustedWorkspaces: { supported: true } },
      },
      null,
      2,
    ),
  );
}
