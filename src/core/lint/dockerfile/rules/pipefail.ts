import { docsUrl } from '../../rule';
import { defineRule } from '../model';

const POSIX = /(^|\/)(sh|bash|ash|dash|zsh|ksh|mksh)$/;

export default defineRule({
  id: 'pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  docs: {
    description: 'Set `-o pipefail` in SHELL before a RUN with a pipe, or a failing first command goes unnoticed.',
    details:
      'A pipeline\'s status is that of its last command, so `wget … | tar` succeeds even when the download fails and the build carries on with a broken layer. With `set -o pipefail` (via SHELL) a failure anywhere in the pipe fails the RUN.\n\nBad: `RUN wget -O - https://x | tar xz`\n\nGood:\n```dockerfile\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | tar xz\n```',
    url: docsUrl('pipefail'),
  },
  messages: {
    missing: () =>
      'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check',
  },
  create(ctx) {
    const { messages } = this;
    // per stage: undefined = default /bin/sh; true = pipefail set or non-POSIX shell
    const safe = new Map<number, boolean>();
    return {
      SHELL({ json, stage }) {
        const argv = json ?? [];
        const exe = argv[0] ?? '';
        safe.set(
          stage?.index ?? -1,
          !POSIX.test(exe) ||
            argv.some((a, i) => a === 'pipefail' && argv[i - 1] === '-o') ||
            (argv.includes('-eo') && argv.includes('pipefail')),
        );
      },
      RUN(node) {
        const s = node.stage;
        let ok: boolean | undefined;
        for (let cur = s; cur && ok === undefined; cur = cur.fromStage) ok = safe.get(cur.index);
        if (ok) return;
        const cmds = ctx.commands(node);
        const piped = cmds.find((c) => c.afterPipe && !c.nested);
        if (!piped) return;
        if (
          cmds.some(
            (c) =>
              c.name === 'set' && c.args.some((a, i) => a === 'pipefail' && /^-[a-z]*o$/.test(c.args[i - 1] ?? '')),
          )
        )
          return;
        ctx.report({ range: node.inst.getRange(), message: messages.missing() });
      },
    };
  },
});
