import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['go'];
const SUBS = ['install'];
const TAKES_VALUE = ['-C', '-o', '-p', '-tags', '-ldflags', '-gcflags', '-mod'];
/** pinned, or not a registry package (local file, URL, variable) */
const pinned = (p: string) => p.includes('@') || p.startsWith('.');

export default defineRule({
  id: 'go-install-pin',
  aliases: ['DL3062'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in go install.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN go install golang.org/x/tools/gopls`\n\nGood: `RUN go install golang.org/x/tools/gopls@v0.15.0`',
    url: docsUrl('go-install-pin'),
  },
  messages: {
    unpinned: () =>
      'Pin versions in go install. Instead of `go install <package>` use `go install <package>@<version>`',
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
