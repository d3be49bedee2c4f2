import { docsUrl } from '../../rule';
import { eachCommand, positionals } from '../helpers';
import { defineRule } from '../model';
import type { Command } from '../shell';

const TAKES_VALUE = ['-C', '-o', '-p', '-tags', '-ldflags', '-gcflags', '-mod', '-modfile', '-overlay', '-pgo'];
/** pinned (`@v1.2.3`, not `@latest`/`@none`), a local path, or a variable */
const pinned = (p: string) =>
  (p.includes('@') && !/@(latest|none)$/.test(p)) || p === '.' || /^[./]/.test(p) || p.includes('$');

/**
 * The packages a go command fetches, as hadolint's DL3062 reads them: `go run <pkg> args…` (only the package:
 * the rest are the program's arguments), `go install`/`go get [-tool] <pkg>…`.
 */
function goPackages(cmd: Command): string[] {
  if (cmd.name !== 'go') return [];
  const [sub, ...rest] = positionals(cmd.args, TAKES_VALUE);
  if (sub === 'run') return rest.slice(0, 1).filter((p) => !p.endsWith('.go'));
  if (sub === 'install' || sub === 'get') return rest.filter((p) => p !== 'tool');
  return [];
}

export default defineRule({
  id: 'go-install-pin',
  aliases: ['DL3062'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in go install, go get and go run.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version. As in hadolint, `go get` and `go run <package>` count, `@latest` and `@none` are not pins, and a local path (`.`, `./cmd`, `/go/src/app`) needs none.\n\nBad: `RUN go install golang.org/x/tools/gopls`\n\nGood: `RUN go install golang.org/x/tools/gopls@v0.15.0`',
    url: docsUrl('go-install-pin'),
  },
  messages: {
    unpinned: () => 'Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (goPackages(cmd).some((p) => !pinned(p)))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
