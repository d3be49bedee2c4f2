/// <reference types="mocha" />
// Loaded by VS Code's extension host through `extensionTestsPath`: run() resolves when every suite passed.
import Mocha from 'mocha';
import activation from './activation.test';
import buildOutput from './buildOutput.test';
import commands from './commands.test';
import composeVerbs from './composeVerbs.test';
import containerVerbs from './containerVerbs.test';
import debugLoop from './debugLoop.test';
import diagnostics from './diagnostics.test';
import firstHour from './firstHour.test';
import firstHourInputs from './firstHourInputs.test';
import firstRun from './firstRun.test';
import { screenshot } from './harness';
import imageVerbs from './imageVerbs.test';
import manifest from './manifest.test';
import resourceVerbs from './resourceVerbs.test';
import specialFiles from './specialFiles.test';
import sideEngines from './sideEngines.test';
import swarm from './swarm.test';
import tasksLoop from './tasksLoop.test';
import watchLoop from './watchLoop.test';
import views from './views.test';

export async function run(): Promise<void> {
  // STEVEDORE_UI_EXTHOST_GREP (inherited through the server's environment) runs matching extension-host tests only
  const grep = process.env.STEVEDORE_UI_EXTHOST_GREP || undefined;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec', grep });
  // The suites are bundled into this file: give them mocha's tdd globals, then declare them.
  mocha.suite.emit('pre-require', globalThis, 'exthost', mocha);
  for (const register of [
    activation,
    manifest,
    views,
    diagnostics,
    specialFiles,
    commands,
    containerVerbs,
    imageVerbs,
    resourceVerbs,
    composeVerbs,
    firstHour,
    firstHourInputs,
    firstRun,
    buildOutput,
    debugLoop,
    tasksLoop,
    watchLoop,
    swarm,
    sideEngines,
  ])
    register();
  mocha.suite.afterEach(async function () {
    const t = this.currentTest;
    if (t?.state === 'failed')
      await screenshot(
        `failed-exthost-${t
          .fullTitle()
          .replace(/[^\w-]+/g, '-')
          .slice(0, 80)}`,
      ).catch(() => undefined);
  });
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures) throw new Error(`${failures} extension-host test(s) failed`);
}
