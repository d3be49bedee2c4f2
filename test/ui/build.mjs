// Bundles the UI test code into test/ui/.run (gitignored): the extension-host suites (loaded by VS Code's
// extension host; `vscode` comes from the host) and the Playwright driver (run by Node). mocha and
// playwright-core stay external and resolve from the repo's node_modules.
import * as esbuild from 'esbuild';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
};
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['test/ui/exthost/index.ts'],
    outfile: 'test/ui/.run/exthost/index.js',
    external: ['vscode', 'mocha'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['test/ui/driver/main.ts'],
    outfile: 'test/ui/.run/driver.js',
    external: ['mocha', 'playwright-core'],
  }),
]);
