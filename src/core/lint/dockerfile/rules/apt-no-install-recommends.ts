import { docsUrl } from '../../rule';
import { eachCommand, hasFlag, insertFlagFix, isInstall } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'apt-no-install-recommends',
  aliases: ['DL3015'],
  severity: 'info',
  fixable: true,
  docs: {
    description: 'Avoid additional packages by specifying --no-install-recommends.',
    details:
      'By default apt-get also installs every *recommended* package, often tens of MB of documentation, fonts or daemons the image never uses. `--no-install-recommends` installs what the package depends on and nothing more. The quick fix adds the flag.\n\nBad: `RUN apt-get install -y curl`\n\nGood: `RUN apt-get install -y --no-install-recommends curl`',
    url: docsUrl('apt-no-install-recommends'),
  },
  messages: { missing: () => 'Avoid additional packages by specifying `--no-install-recommends`' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, ['apt-get'], ['install'], ['-o', '-c', '-t']) || hasFlag(cmd, 'no-install-recommends'))
        return;
      if (cmd.args.some((a) => /APT::Install-Recommends=(false|0)/i.test(a))) return;
      ctx.report({
        range: ctx.commandRange(node, cmd),
        message: messages.missing(),
        ...insertFlagFix(ctx, node, cmd, 'install', '--no-install-recommends'),
      });
    });
  },
});
