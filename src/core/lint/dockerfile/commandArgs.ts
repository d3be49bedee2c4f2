// Reading a parsed command's arguments: flags, positionals, sub-commands.
import type { Command } from './shell';

/** `-y`, `--yes`, combined short flags like `-qy`. */
export function hasFlag(cmd: Command, ...flags: string[]): boolean {
  for (const a of cmd.args) {
    if (a === '--') return false;
    for (const f of flags) {
      if (f.length === 1) {
        if (/^-[A-Za-z0-9]+$/.test(a) && a.includes(f)) return true;
      } else if (a === `--${f}` || a.startsWith(`--${f}=`)) return true;
    }
  }
  return false;
}

/** Words that aren't flags; `takesValue` lists flags whose next word is their value. */
export function positionals(args: readonly string[], takesValue: readonly string[] = []): string[] {
  const out: string[] = [];
  // a flag that takes a value skips it (i moves on inside)
  for (let i = 0, a = args[0]; a !== undefined; a = args[++i]) {
    if (a === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      if (takesValue.includes(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** `apt-get install x` → is the subcommand `install` (first positional)? */
export function isSubcommand(
  cmd: Command,
  name: string,
  sub: string | readonly string[],
  takesValue: readonly string[] = [],
): boolean {
  if (cmd.name !== name) return false;
  const first = positionals(cmd.args, takesValue)[0];
  return first !== undefined && (typeof sub === 'string' ? first === sub : sub.includes(first));
}
