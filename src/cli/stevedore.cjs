#!/usr/bin/env node
// The `stevedore` command, copied to dist/ by scripts/build.mjs beside the CLI's bundle (dist/cli.js). Node's compile
// cache (module.enableCompileCache: Node 22.8 and later; absent on Node 20, where the CLI runs without it) applies to
// code loaded after it is turned on, so it is turned on here, before the bundle is loaded.
require('node:module').enableCompileCache?.();
require('./cli.js');
