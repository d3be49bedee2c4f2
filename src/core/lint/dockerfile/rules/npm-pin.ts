import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const TAKES_VALUE = [
  '--registry',
  '--loglevel',
  '--prefix',
  '--cache',
  '-w',
  '--workspace',
  '--omit',
  '--include',
  '--tag',
];

/**
 * As hadolint decides it: a git URL is pinned by `#<commit-ish>`; a tarball or a folder needs no pin; anything else
 * needs `@<version>` after its scope (`@scope/name@1.2`). We also leave variables, `file:` specs and GitHub
 * shorthands with a `#ref` alone.
 */
function pinned(p: string): boolean {
  if (/^(git|git\+ssh|git\+https?):\/\//.test(p)) return p.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(p) || /^(\/|\.\/|\.\.\/|~\/|\.$|file:)/.test(p) || p.includes('$')) return true;
  if (/^[\w-]+\/[\w.-]+#./.test(p)) return true;
  return (p.startsWith('@') ? p.slice(p.indexOf('/') + 1) : p).includes('@');
}

export default defineRule({
  id: 'npm-pin',
  aliases: ['DL3016'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in npm install <package>.',
    details:
      '`npm install -g pkg` gets whatever version is newest at build time, so two builds of the same file can differ. Pin the version, or install from a lockfile.\n\nBad: `RUN npm install -g typescript`\n\nGood: `RUN npm install -g typescript@5.4.2` (installing from package.json with `npm ci` needs no pin)',
    url: docsUrl('npm-pin'),
  },
  messages: {
    unpinned: () => 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, ['npm'], ['install', 'i', 'add'], TAKES_VALUE)) return;
      if (packagesOf(cmd, TAKES_VALUE).some((p) => !pinned(p)))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
