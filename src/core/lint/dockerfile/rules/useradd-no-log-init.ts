import { docsUrl } from '../../rule';
import { eachCommand, hasFlag, insertFlagFix } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'useradd-no-log-init',
  aliases: ['DL3046'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'useradd with a high UID and without -l creates a huge sparse /var/log/faillog.',
    details:
      "`useradd` with a large UID writes a sparse `/var/log/faillog` and `lastlog` sized for that UID; Docker's layer format does not keep files sparse, so the layer can grow by gigabytes. `-l` (`--no-log-init`) skips them.\n\nBad: `RUN useradd -u 123456 app`\n\nGood: `RUN useradd -l -u 123456 app`",
    url: docsUrl('useradd-no-log-init'),
  },
  messages: { missing: () => '`useradd` without flag `-l` and high UID will result in excessively large Image.' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (cmd.name !== 'useradd' || hasFlag(cmd, 'l', 'no-log-init')) return;
      const i = cmd.args.findIndex((a) => a === '-u' || a === '--uid');
      const uid = i >= 0 ? cmd.args[i + 1] : cmd.args.find((a) => a.startsWith('--uid='))?.slice(6);
      if (!uid || !/^\d{6,}$/.test(uid)) return;
      ctx.report({
        range: ctx.commandRange(node, cmd),
        message: messages.missing(),
        ...insertFlagFix(ctx, node, cmd, 'useradd', '-l'),
      });
    });
  },
});
