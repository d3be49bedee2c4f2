import { docsUrl } from '../../rule';
import { defineRule } from '../model';

const POSIX = /(^|\/)(sh|bash|ash|dash|zsh|ksh|mksh)$/;
/** hadolint's test: bash, zsh or ash with an `o` flag (`-o`, `-eo`, `-euxo`) and a `pipefail` argument */
const PIPEFAIL_SHELL = /(^|\/)(bash|zsh|ash)$/;
const setsPipefail = (argv: string[]) =>
  PIPEFAIL_SHELL.test(argv[0] ?? '') && argv.some((a) => /^-[A-Za-z]*o[A-Za-z]*$/.test(a)) && argv.includes('pipefail');

export default defineRule({
  id: 'pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  docs: {
    description: 'Set `-o pipefail` in SHELL before a RUN with a pipe, or a failing first command goes unnoticed.',
    details:
      'A pipeline\'s status is that of its last command, so `wget … | tar` succeeds even when the download fails and the build carries on with a broken layer. With `set -o pipefail` (via SHELL) a failure anywhere in the pipe fails the RUN.\n\nBad: `RUN wget -O - https://x | tar xz`\n\nGood:\n```dockerfile\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | tar xz\n```\n\nAs in hadolint, the SHELL must be bash, zsh or ash (`/bin/sh` may be dash, which has no pipefail) with `-o` (or `-eo`, `-euxo` …) and `pipefail`; pwsh, PowerShell and cmd are not reported. Differs from DL4006 in two ways: a `set -o pipefail` (or `set -euo pipefail`) in the same RUN counts, since it has the same effect; and a stage built on another (`FROM base`) keeps that stage\'s SHELL, as the image does, where hadolint starts over at each FROM.',
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
        safe.set(stage?.index ?? -1, !POSIX.test(exe) || setsPipefail(argv));
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
