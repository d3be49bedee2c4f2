import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['apk'];
const SUBS = ['add'];
const TAKES_VALUE = ['-t', '--virtual', '-X', '--repository', '--repositories-file', '-p', '--root', '--arch'];
/** pinned (any of apk's version operators: `=`, `~`, `>`, `<`, `=~`…), or not a registry package (file, path) */
const pinned = (p: string) => /[=~<>]/.test(p) || p.endsWith('.apk') || p.includes('/');

export default defineRule({
  id: 'apk-pin',
  aliases: ['DL3018'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in apk add.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN apk add --no-cache curl`\n\nGood: `RUN apk add --no-cache curl=8.5.0-r0`',
    url: docsUrl('apk-pin'),
  },
  messages: {
    unpinned: () => 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, NAMES, SUBS, TAKES_VALUE)) return;
      if (packagesOf(cmd, TAKES_VALUE).some((p) => !pinned(p) && !p.includes('$')))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
