// Command models of the package managers, with hadolint's matching (src/Hadolint/Shell.hs `cmdHasArgs`): a command
// "has" a sub-command when any of its words is one of them, so `dnf -y up`, `yum module install` and
// `dnf --refresh in` all install. Clean-ups and cache directories are listed per manager.
import { positionals, type Command } from './shell';

/** hadolint's cmdHasArgs: the command is `name` (one of) and any word equals one of `words`. */
export function hasWord(cmd: Command, names: readonly string[], words: readonly string[]): boolean {
  return names.includes(cmd.name) && cmd.args.some((a) => words.includes(a));
}

export const DNF = ['dnf', 'microdnf'] as const;
/** dnf's install-like sub-commands and their aliases (dnf(8)) */
export const DNF_INSTALLS = [
  'install',
  'in',
  'upgrade',
  'up',
  'upgrade-minimal',
  'up-min',
  'reinstall',
  'rei',
  'groupinstall',
  'localinstall',
] as const;
export const dnfInstalls = (c: Command): boolean => hasWord(c, DNF, DNF_INSTALLS);
/** `<same tool> clean all` (hadolint: `microdnf clean all` does not clean after `dnf install`), or removing the cache */
export const dnfCleans = (c: Command, install: Command): boolean =>
  (c.name === install.name && c.args.includes('clean') && c.args.includes('all')) ||
  (c.name === 'rm' && c.args.some((a) => /^\/var\/cache\/(dnf|yum|libdnf5)\b/.test(a)));
export const dnfCacheDir = (t: string): boolean =>
  t.includes('/var/cache/libdnf5') || t.includes('.cache/libdnf5') || t.startsWith('/var/cache/dnf');

export const yumInstalls = (c: Command): boolean => hasWord(c, ['yum'], ['install', 'groupinstall', 'localinstall']);
export const yumCleans = (c: Command): boolean =>
  (c.name === 'yum' && c.args.includes('clean') && c.args.includes('all')) ||
  (c.name === 'rm' && c.args.some((a) => a.startsWith('/var/cache/yum')));

export const zypperInstalls = (c: Command): boolean => hasWord(c, ['zypper'], ['install', 'in']);
export const zypperCleans = (c: Command): boolean =>
  (c.name === 'zypper' && (c.args.includes('clean') || c.args.includes('cc'))) ||
  (c.name === 'rm' && c.args.some((a) => a.startsWith('/var/cache/zypp')));

export const yarnInstalls = (c: Command): boolean => hasWord(c, ['yarn'], ['install']);
export const yarnCleans = (c: Command): boolean =>
  c.name === 'yarn' && c.args.includes('cache') && c.args.includes('clean');

/** `apt-get update`, `apt update`, `aptitude update` */
export const aptUpdates = (c: Command): boolean => hasWord(c, ['apt-get', 'apt', 'aptitude'], ['update']);
/** removes the package lists (`rm -rf /var/lib/apt/lists/*`) or runs `apt-get dist-clean`, which does */
export const aptListsCleaned = (c: Command): boolean =>
  (c.name === 'rm' && c.args.some((a) => a.startsWith('/var/lib/apt/lists'))) ||
  hasWord(c, ['apt-get', 'apt'], ['dist-clean']);

/** hadolint's truthy values of PIP_NO_CACHE_DIR (anything else leaves the cache on) */
export const PIP_TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

/**
 * An rpm package spec is pinned when a part after its first `-` looks like a version (hadolint's isVersionLike:
 * version characters only, and one part starting with a digit: `httpd-2.4.57`, `openssl-1:1.1.1k`,
 * `gcc-c++-1.1.1`), or it is an `.rpm` file. A spec with a variable is pinned when `defined` knows the variable.
 */
export function rpmPinned(pkg: string, defined: (text: string) => boolean): boolean {
  const parts = pkg.split('-');
  if (pkg.endsWith('.rpm') || pkg.includes('/') || pkg.startsWith('@')) return true;
  if (pkg.includes('$')) return defined(pkg);
  if (parts.length <= 1) return false;
  const rest = parts.slice(1);
  return rest.every((p) => /^[A-Za-z0-9.~^_:+]+$/.test(p)) && rest.some((p) => /^\d/.test(p));
}

/** yum/dnf subcommands that change packages (and so ask for confirmation without -y) */
export const RPM_CHANGES = [
  'install',
  'groupinstall',
  'localinstall',
  'update',
  'upgrade',
  'remove',
  'erase',
  'reinstall',
  'downgrade',
] as const;

/**
 * Unpinned packages of a yum/dnf command, as hadolint reads them (`<tool> [module] install …`): packages need a
 * version (rpmPinned), modules (`module install`) a `:stream`. `group install` is not checked.
 */
export function rpmUnpinned(
  cmd: Command,
  names: readonly string[],
  takesValue: readonly string[],
  defined: (text: string) => boolean,
): string[] {
  if (!hasWord(cmd, names, ['install'])) return [];
  const words = positionals(cmd.args, takesValue).filter((a) => a !== 'install' && a !== 'module');
  if (cmd.args.includes('module')) return words.filter((m) => !m.includes(':') && !m.includes('$'));
  if (cmd.args.includes('group') || cmd.args.includes('groupinstall')) return [];
  return words.filter((p) => !rpmPinned(p, defined));
}
