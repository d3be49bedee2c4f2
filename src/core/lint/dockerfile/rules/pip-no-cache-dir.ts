import { Env } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { cacheMountTargets, eachCommand, insertFlagFix } from '../helpers';
import { defineRule } from '../model';
import { pipInstallArgs } from './pip-pin';

export default defineRule({
  id: 'pip-no-cache-dir',
  aliases: ['DL3042'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use pip install --no-cache-dir so the download cache does not end up in the layer.',
    details:
      'pip keeps downloaded wheels in `~/.cache/pip`, which stays in the layer. `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`) keeps the image smaller; a cache mount works too.\n\nBad: `RUN pip install flask==3.0.2`\n\nGood: `RUN pip install --no-cache-dir flask==3.0.2` (or `ENV PIP_NO_CACHE_DIR=1`)',
    url: docsUrl('pip-no-cache-dir'),
  },
  messages: { missing: () => 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`' },
  create(ctx) {
    const { messages } = this;
    const envOff = new Set<number>();
    const run = eachCommand(ctx, (cmd, node) => {
      const args = pipInstallArgs(cmd);
      if (!args || args.includes('--no-cache-dir') || envOff.has(node.stage?.index ?? -1)) return;
      if (cacheMountTargets(node).some((t) => t.endsWith('/.cache/pip') || t.endsWith('/.cache'))) return;
      ctx.report({
        range: ctx.commandRange(node, cmd),
        message: messages.missing(),
        ...insertFlagFix(ctx, node, cmd, 'install', '--no-cache-dir'),
      });
    });
    return {
      ...run,
      ENV({ inst, stage }) {
        if (inst instanceof Env && inst.getProperties().some((p) => p.getName() === 'PIP_NO_CACHE_DIR'))
          envOff.add(stage?.index ?? -1);
      },
    };
  },
});
