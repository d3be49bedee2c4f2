// Commands as a learner pastes them: quotes only where a POSIX shell needs them (no escaped colons or `=`), and a
// long `docker run` one option per line with `\` continuations. For display and the clipboard only: nothing here
// is ever run through a shell.

/** Characters a shell word may hold without quoting. */
const plain = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellWord(s: string): string {
  if (s === '') return "''";
  if (plain.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function shellLine(argv: readonly string[]): string {
  return argv.map(shellWord).join(' ');
}

/** `docker run` flags that take no value (the others take the next word). */
const booleanFlags = new Set([
  '--detach',
  '-d',
  '--tty',
  '-t',
  '--interactive',
  '-i',
  '--rm',
  '--privileged',
  '--init',
  '--read-only',
  '-it',
]);

/**
 * `docker run --detach --name web -p 8080:80 nginx` →
 * ```
 * docker run \
 *   --detach \
 *   --name web \
 *   --publish 8080:80 \
 *   nginx
 * ```
 * The first word that is not an option (nor an option's value) is the image; it and what follows stay on the last line.
 */
export function multiLineCommand(argv: readonly string[], verbs = 2): string {
  if (argv.length <= verbs + 1) return shellLine(argv);
  const lines = [shellLine(argv.slice(0, verbs))];
  let i = verbs;
  for (let flag = argv[i]; flag?.startsWith('-'); flag = argv[i]) {
    const value = !booleanFlags.has(flag) && !flag.includes('=') ? argv[i + 1] : undefined;
    lines.push(`  ${shellLine(value !== undefined ? [flag, value] : [flag])}`);
    i += value !== undefined ? 2 : 1;
  }
  if (i < argv.length) lines.push(`  ${shellLine(argv.slice(i))}`);
  return lines.join(' \\\n');
}
