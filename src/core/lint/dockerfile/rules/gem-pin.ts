import { docsUrl } from '../../rule';
import { eachCommand, isInstall } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['gem'];
const SUBS = ['install', 'i'];
const TAKES_VALUE = [
  '-v',
  '--version',
  '-i',
  '--install-dir',
  '-n',
  '--bindir',
  '-s',
  '--source',
  '-P',
  '--trust-policy',
  '--platform',
];
/** pinned, or not a registry package (local file, URL, variable) */
const pinned = (p: string) => p.includes(':') || p.endsWith('.gem');
/**
 * The gems of `gem install`, as hadolint reads them: none when `-v`/`--version` pins them all; words after `--` are
 * build options, not gems; a flag's value is not a gem (known value flags, and a `true`/`false` after a flag).
 */
function gemsOf(args: readonly string[]): string[] {
  if (args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='))) return [];
  const end = args.indexOf('--');
  const own = end === -1 ? args : args.slice(0, end);
  const out: string[] = [];
  // a flag that takes a value skips it (i moves on inside)
  for (let i = 0, a = own[0]; a !== undefined; a = own[++i]) {
    if (a.startsWith('-')) {
      if (!a.includes('=') && (TAKES_VALUE.includes(a) || /^(true|false)$/.test(own[i + 1] ?? ''))) i++;
      continue;
    }
    out.push(a);
  }
  return out.slice(1);
}

export default defineRule({
  id: 'gem-pin',
  aliases: ['DL3028'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in gem install.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN gem install bundler`\n\nGood: `RUN gem install bundler:2.5.6`',
    url: docsUrl('gem-pin'),
  },
  messages: {
    unpinned: () => 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, NAMES, SUBS, TAKES_VALUE)) return;
      if (gemsOf(cmd.args).some((p) => !pinned(p) && !p.includes('$')))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
