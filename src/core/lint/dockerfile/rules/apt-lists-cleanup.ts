import { docsUrl } from '../../rule';
import { appendCommandFix, cacheMountTargets, isFinalStage, isInstall } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'apt-lists-cleanup',
  aliases: ['DL3009'],
  severity: 'info',
  fixable: true,
  docs: {
    description: 'Delete the apt-get lists in the RUN that ran `apt-get update` (in the final stage).',
    details:
      '`apt-get update` downloads package lists that add tens of MB to the layer; deleting them in a later RUN does not shrink the image. As in hadolint, the rule looks at RUNs with `apt-get update`, and only in the final stage (intermediate stages are not shipped). A cache mount on `/var/lib/apt` also satisfies it. The quick fix appends `&& rm -rf /var/lib/apt/lists/*`.\n\nBad: `RUN apt-get update && apt-get install -y curl`\n\nGood: `RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`',
    url: docsUrl('apt-lists-cleanup'),
  },
  messages: { missing: () => 'Delete the apt-get lists after installing something' },
  create(ctx) {
    const { messages } = this;
    return {
      RUN(node) {
        if (!isFinalStage(ctx, node)) return;
        const cmds = ctx.commands(node);
        const trigger = cmds.find((c) => isInstall(c, ['apt-get'], ['update'], ['-o', '-c', '-t']));
        if (!trigger) return;
        if (cmds.some((c) => c.name === 'rm' && c.args.some((a) => a.startsWith('/var/lib/apt/lists')))) return;
        if (cacheMountTargets(node).some((t) => t.startsWith('/var/lib/apt'))) return;
        ctx.report({
          range: ctx.commandRange(node, trigger),
          message: messages.missing(),
          ...appendCommandFix(node, 'rm -rf /var/lib/apt/lists/*'),
        });
      },
    };
  },
});
