import { docsUrl } from '../../rule';
import { appendCommandFix, cacheMountTargets } from '../helpers';
import { defineRule } from '../model';
import { aptListsCleaned, aptUpdates } from '../packageManagers';
import { nodeInShippedStage } from '../stages';

export default defineRule({
  id: 'apt-lists-cleanup',
  aliases: ['DL3009'],
  severity: 'info',
  fixable: true,
  docs: {
    description: 'Delete the apt-get lists in the RUN that ran `apt-get update` (in the final stage).',
    details:
      '`apt-get update` downloads package lists that add tens of MB to the layer; deleting them in a later RUN does not shrink the image. As in hadolint, the rule looks at RUNs with `apt-get update` (or `apt update`, `aptitude update`) in the final stage and in stages another stage builds on (`FROM <stage>`); other stages are not shipped. A cache or tmpfs mount on `/var/lib/apt/lists` (or on both `/var/lib/apt` and `/var/cache/apt`) also satisfies it, and so does `apt-get dist-clean`. The quick fix appends `&& rm -rf /var/lib/apt/lists/*`.\n\nBad: `RUN apt-get update && apt-get install -y curl`\n\nGood: `RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`',
    url: docsUrl('apt-lists-cleanup'),
  },
  messages: { missing: () => 'Delete the apt-get lists after installing something' },
  create(ctx) {
    const { messages } = this;
    return {
      RUN(node) {
        if (!node.onbuild && !nodeInShippedStage(ctx, node)) return; // triggers run in the images built on this one
        const cmds = ctx.commands(node);
        const trigger = cmds.find(aptUpdates);
        if (!trigger || cmds.some(aptListsCleaned)) return;
        const mounts = cacheMountTargets(node);
        const mounted = (frag: string) => mounts.some((t) => t.includes(frag));
        if (mounted('/var/lib/apt/lists') || (mounted('/var/lib/apt') && mounted('/var/cache/apt'))) return;
        ctx.report({
          range: ctx.commandRange(node, trigger),
          message: messages.missing(),
          ...appendCommandFix(node, 'rm -rf /var/lib/apt/lists/*'),
        });
      },
    };
  },
});
