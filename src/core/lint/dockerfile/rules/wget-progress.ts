import { docsUrl } from '../../rule';
import { eachCommand, hasFlag } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'wget-progress',
  aliases: ['DL3047'],
  severity: 'info',
  docs: {
    description: 'wget without --progress floods the build log when downloading large files.',
    details:
      "wget's default progress bar writes a line per update to the build log, which makes logs of large downloads huge. `--progress=dot:giga` (or `-q`) keeps them short.\n\nBad: `RUN wget https://example.com/big.tar.gz`\n\nGood: `RUN wget --progress=dot:giga https://example.com/big.tar.gz` or `wget -q`",
    url: docsUrl('wget-progress'),
  },
  messages: {
    missing: () =>
      'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (
        cmd.name !== 'wget' ||
        hasFlag(cmd, 'q', 'o', 'a', 'progress', 'quiet', 'output-file', 'append-output', 'no-verbose') ||
        cmd.args.includes('-nv')
      )
        return;
      ctx.report({ range: ctx.commandRange(node, cmd), message: messages.missing() });
    });
  },
});
