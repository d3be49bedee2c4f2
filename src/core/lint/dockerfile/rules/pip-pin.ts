import { docsUrl } from '../../rule';
import { eachCommand, positionals } from '../helpers';
import { defineRule } from '../model';
import type { Command } from '../shell';

const TAKES_VALUE = [
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--trusted-host',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--progress-bar',
  '--src',
];
const PINNED = /(==|>=|<=|~=|!=|===|<|>|@)/;

/** `pip install …`, `pip3 install …`, `python -m pip install …` → the words after `install`; undefined otherwise. */
export function pipInstallArgs(cmd: Command): string[] | undefined {
  let args = cmd.args;
  if (/^python[\d.]*$/.test(cmd.name)) {
    const m = args.indexOf('-m');
    if (m < 0 || args[m + 1] !== 'pip') return undefined;
    args = args.slice(m + 2);
  } else if (!/^pip[\d.]*$/.test(cmd.name)) return undefined;
  const i = args.indexOf('install');
  return i >= 0 && positionals(args.slice(0, i)).length === 0 ? args.slice(i + 1) : undefined;
}

export default defineRule({
  id: 'pip-pin',
  aliases: ['DL3013'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in pip install (or install from a requirements file).',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version. Pin each package, or install from a requirements or constraints file.\n\nBad: `RUN pip install flask`\n\nGood: `RUN pip install flask==3.0.2` or `RUN pip install -r requirements.txt`',
    url: docsUrl('pip-pin'),
  },
  messages: {
    unpinned: () =>
      'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      const args = pipInstallArgs(cmd);
      if (!args || args.some((a) => a === '-r' || a.startsWith('--requirement') || a === '-e' || a === '--editable'))
        return;
      const pkgs = positionals(args, TAKES_VALUE).filter(
        (p) => !p.includes('$') && !p.includes('/') && !/\.(whl|tar\.gz|zip)$/.test(p) && p !== '.',
      );
      if (pkgs.some((p) => !PINNED.test(p)))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
