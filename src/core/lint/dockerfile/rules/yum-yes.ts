import { docsUrl } from '../../rule';
import { eachCommand, hasFlag, insertFlagFix, isInstall, positionals } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['yum'];
const SUBS = ['install', 'groupinstall', 'localinstall', 'update', 'upgrade', 'remove', 'erase', 'reinstall', 'downgrade'];

export default defineRule({
  id: 'yum-yes',
  aliases: ['DL3030'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use the -y switch with yum install.',
    details: 'Without it the build stops at the confirmation prompt (no terminal) and fails.',
    url: docsUrl('yum-yes'),
  },
  messages: { missing: () => 'Use the -y switch to avoid manual input `yum install -y <package>`' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, NAMES, SUBS) || hasFlag(cmd, ...['y', 'assumeyes'])) return;
      const sub = positionals(cmd.args)[0]!;
      ctx.report({ range: ctx.commandRange(node, cmd), message: messages.missing(), ...insertFlagFix(ctx, node, cmd, sub, '-y') });
    });
  },
});
