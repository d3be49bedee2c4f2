import { docsUrl } from '../../rule';
import { eachCommand, hasFlag, positionals } from '../helpers';
import { defineRule } from '../model';
import type { Command } from '../shell';

/** flags whose next word is their value (hadolint's list for DL3013, and pip's) */
const TAKES_VALUE = [
  '-c',
  '--constraint',
  '-b',
  '--build',
  '-e',
  '--editable',
  '--no-binary',
  '--only-binary',
  '--proxy',
  '--python',
  '--root-user-action',
  '--upgrade-strategy',
  '--log',
  '--cache-dir',
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
const PINNED = /(==|>=|<=|~=|!=|===|<|>)/;
/** pip's VCS schemes (`git+https://…`): pinned only with `@<ref>` */
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;
/** pinned, or not an index package: a version operator, a VCS URL with `@ref`, a wheel or sdist, a path */
const fixed = (p: string) =>
  PINNED.test(p) ||
  (VCS.test(p) && p.includes('@')) ||
  /\.(whl|tar\.gz|zip)$/.test(p) ||
  (!VCS.test(p) && p.includes('/')) ||
  p.includes('$');

/**
 * `pip install …`, `pip3 install …`, `pipx install …`, `python -m pip install …` → the words after `install`;
 * undefined otherwise (pipenv is not pip).
 */
export function pipInstallArgs(cmd: Command): string[] | undefined {
  let args = cmd.args;
  if (/^python[\d.]*$/.test(cmd.name)) {
    const m = args.indexOf('-m');
    if (m < 0 || args[m + 1] !== 'pip') return undefined;
    args = args.slice(m + 2);
  } else if (!/^pip/.test(cmd.name) || /^pipenv/.test(cmd.name)) return undefined;
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
      // a requirements or constraints file, or the local project, pins (or is) what gets installed
      if (!args || args.some((a) => a === '-r' || a.startsWith('--requirement') || a === '.')) return;
      if (hasFlag({ ...cmd, args }, 'c', 'constraint')) return;
      if (positionals(args, TAKES_VALUE).some((p) => !fixed(p)))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
