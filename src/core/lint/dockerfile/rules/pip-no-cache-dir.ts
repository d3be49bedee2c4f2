import { docsUrl } from '../../rule';
import { cacheMountTargets, insertFlagFix } from '../helpers';
import { PIP_TRUTHY } from '../packageManagers';
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
      'pip keeps downloaded wheels in `~/.cache/pip`, which stays in the layer. `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`, set by ENV in the stage or a stage it builds on, or for the RUN itself) keeps the image smaller; a cache or tmpfs mount on `.cache/pip` works too. As in hadolint, `0`, `off`, `no` and `false` leave the cache on, and a RUN is reported once.\n\nBad: `RUN pip install flask==3.0.2`\n\nGood: `RUN pip install --no-cache-dir flask==3.0.2` (or `ENV PIP_NO_CACHE_DIR=1`)',
    url: docsUrl('pip-no-cache-dir'),
  },
  messages: { missing: () => 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`' },
  create(ctx) {
    const { messages } = this;
    /** stage index (-1 before any FROM) → PIP_NO_CACHE_DIR set to a truthy value there or in a stage it builds on */
    const envOff = new Map<number, boolean>();
    return {
      FROM({ stage, onbuild }) {
        if (stage && !onbuild)
          envOff.set(stage.index, stage.fromStage ? (envOff.get(stage.fromStage.index) ?? false) : false);
      },
      ENV({ properties, stage }) {
        for (const p of properties)
          if (p.getName() === 'PIP_NO_CACHE_DIR')
            envOff.set(stage?.index ?? -1, PIP_TRUTHY.has(unquote(p.getValue() ?? '')));
      },
      RUN(node) {
        if (envOff.get(node.stage?.index ?? -1)) return;
        // pipx and pipenv keep no pip cache of their own in the image
        const cmd = ctx.commands(node).find((c) => {
          const args = pipInstallArgs(c);
          return args !== undefined && !args.includes('--no-cache-dir') && !/pipx|pipenv/.test(c.name);
        });
        if (!cmd) return;
        // set for this RUN (`PIP_NO_CACHE_DIR=1 pip …`, `export PIP_NO_CACHE_DIR=1 && …`), as hadolint reads it
        const set = /PIP_NO_CACHE_DIR=["']?([^\s"';&|]*)/.exec(node.argsContent ?? '')?.[1];
        if (set !== undefined && PIP_TRUTHY.has(set)) return;
        if (cacheMountTargets(node).some((t) => t.includes('.cache/pip'))) return;
        ctx.report({
          range: ctx.commandRange(node, cmd),
          message: messages.missing(),
          ...insertFlagFix(ctx, node, cmd, 'install', '--no-cache-dir'),
        });
      },
    };
  },
});

const unquote = (v: string) => v.replace(/^(["'])(.*)\1$/, '$2');
