import { docsUrl } from '../../rule';
import { cacheMountTargets, isFinalStage, isInstall } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'apt-lists-cleanup',
  aliases: ['DL3009'],
  severity: 'info',
  docs: {
    description: 'Delete the apt-get lists after installing something (in the final stage).',
    details: 'The package lists add tens of MB to the layer. Intermediate stages are not shipped, so only the final stage is checked.\n\nBad: `RUN apt-get update && apt-get install -y curl`\n\nGood: `RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`',
    url: docsUrl('apt-lists-cleanup'),
  },
  messages: { missing: () => 'Delete the apt-get lists after installing something' },
  create(ctx) {
    const { messages } = this;
    return {
      RUN(node) {
        if (!isFinalStage(ctx, node)) return;
        const cmds = ctx.commands(node);
        const trigger = cmds.find((c) => isInstall(c, ['apt-get'], ['install', 'update'], ['-o', '-c', '-t']));
        if (!trigger) return;
        if (cmds.some((c) => c.name === 'rm' && c.args.some((a) => a.startsWith('/var/lib/apt/lists')))) return;
        if (cacheMountTargets(node).some((t) => t.startsWith('/var/lib/apt'))) return;
        ctx.report({ range: ctx.commandRange(node, trigger), message: messages.missing() });
      },
    };
  },
});
