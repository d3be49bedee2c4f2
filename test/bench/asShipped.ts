// dockerfile-utils as its authors ship it, for the benches' peer rows: Stevedore installs its fork of dockerfile-ast
// (packages/dockerfile-ast) for every package, dockerfile-utils included, so the peer gets a folder of its own where
// `require('dockerfile-ast')` finds dockerfile-ast 0.7.1 from npm (the dockerfile-ast-upstream dev dependency).
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A temp folder holding node_modules/dockerfile-utils over the upstream dockerfile-ast; returns the folder. */
export function dockerfileUtilsAsShipped(parent = mkdtempSync(join(tmpdir(), 'stv-peer-'))): string {
  const modules = join(parent, 'node_modules');
  mkdirSync(modules, { recursive: true });
  // copied, not linked: Node resolves a linked package's requires from its real folder, where the fork is installed
  cpSync(resolve('node_modules/dockerfile-utils'), join(modules, 'dockerfile-utils'), { recursive: true });
  symlinkSync(resolve('node_modules/dockerfile-ast-upstream'), join(modules, 'dockerfile-ast'));
  for (const dep of ['vscode-languageserver-types', 'vscode-languageserver-textdocument'])
    symlinkSync(resolve('node_modules', dep), join(modules, dep));
  return parent;
}

/** dockerfile-utils' exports, loaded from such a folder (not bundled). */
export function loadDockerfileUtilsAsShipped(): typeof import('dockerfile-utils') {
  const peer = createRequire(join(dockerfileUtilsAsShipped(), 'index.js'))('dockerfile-utils');
  return peer as typeof import('dockerfile-utils');
}
