import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const TAKES_VALUE = ['--registry', '--prefix', '--cache', '-w', '--workspace', '--omit', '--include', '--tag'];

function pinned(p: string): boolean {
  if (
    p.includes('$') ||
    /^(\.|\/|~|git[+:]|https?:|file:|github:)/.test(p) ||
    /\.(tgz|tar\.gz)$/.test(p) ||
    /^[\w-]+\/[\w.-]+(#.*)?$/.test(p)
  )
    return true;
  const at = p.lastIndexOf('@');
  return at > 0;
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
