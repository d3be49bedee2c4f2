/// <reference types="mocha" />
// UI test driver (run by test/ui/run.sh with $STEVEDORE_UI_CONFIG): one Chromium, fixtures on the test
// engine, then every flow of test/ui/flows as mocha suites. Exit code = number of failures (capped).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import build from '../flows/build.flow';
import composeFile from '../flows/compose.flow';
import containerMenu from '../flows/containerMenu.flow';
import engineDown from '../flows/engineDown.flow';
import explorer from '../flows/explorer.flow';
import files from '../flows/files.flow';
import imageMenu from '../flows/imageMenu.flow';
import exthost, { registerRestricted, writeRunnerExtension } from '../flows/exthost.flow';
import palette from '../flows/palette.flow';
import problems from '../flows/problems.flow';
import resourceMenus from '../flows/resourceMenus.flow';
import statusBar from '../flows/statusBar.flow';
import { createFixtures, removeFixtures } from './docker';
import { Session, type ServerName, type UiConfig } from './session';

/** Flows in run order, with the server each needs. */
const flows: { register: (s: Session) => void; server: ServerName }[] = [
  { register: exthost, server: 'up' },
  { register: registerRestricted, server: 'restricted' },
  { register: explorer, server: 'up' },
  { register: containerMenu, server: 'up' },
  { register: palette, server: 'up' },
  { register: resourceMenus, server: 'up' },
  { register: imageMenu, server: 'up' },
  { register: statusBar, server: 'up' },
  { register: problems, server: 'up' },
  { register: composeFile, server: 'up' },
  { register: build, server: 'up' },
  { register: files, server: 'up' },
  { register: engineDown, server: 'down' },
];

const config = JSON.parse(fs.readFileSync(process.env.STEVEDORE_UI_CONFIG ?? '', 'utf8')) as UiConfig;
const session = new Session(config);
const mocha = new Mocha({
  ui: 'tdd',
  timeout: 30_000,
  reporter: 'spec',
  grep: process.env.STEVEDORE_UI_GREP || undefined,
});
mocha.suite.emit('pre-require', globalThis, 'driver', mocha);

mocha.suite.beforeAll('launch Chromium and create the fixtures', async function () {
  this.timeout(60_000);
  writeRunnerExtension(config.runnerExt);
  await removeFixtures(config.id, session.prefix);
  await createFixtures(config.id, session.prefix);
  await session.browser();
});
mocha.suite.afterEach(async function () {
  const t = this.currentTest;
  if (t?.state !== 'failed') return;
  const name = `failed-${t
    .fullTitle()
    .replace(/[^\w-]+/g, '-')
    .slice(0, 80)}`;
  for (const [i, page] of session.openPages().entries()) {
    const file = await session.shot(page, `${name}${i ? `-${i}` : ''}`).catch(() => undefined);
    if (file) console.log(`      screenshot of the failure: ${file}`);
  }
});
mocha.suite.afterAll('memory, close Chromium, remove the fixtures', async function () {
  this.timeout(60_000);
  const memory = session.memory();
  console.log(`\n  memory (RSS, MiB): ${JSON.stringify(memory)}`);
  fs.writeFileSync(path.join(config.shots, 'memory.json'), JSON.stringify(memory, null, 2));
  await session.close();
  await removeFixtures(config.id, session.prefix);
});

for (const f of flows) if (config.servers[f.server]) f.register(session);

mocha.run((failures) => process.exit(Math.min(failures, 100)));
