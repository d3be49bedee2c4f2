// A failed compose run: the lines of the CLI's output that say why, not the last line (docker-compose 1.x ends
// with "For more on the Compose file format versions, see …" after the real error).
import stripAnsi from 'strip-ansi';

/** Lines that never explain a failure: progress, and docker-compose 1.x's trailing advice. */
const noise = [
  /^(Creating|Starting|Recreating|Stopping|Removing|Pulling|Building|Attaching to|Waiting for)\b.*(\.\.\.|done|with the default driver)?$/,
  /\.\.\. (done|error)$/,
  /^You might be seeing this error because you're using the wrong Compose file version/,
  /^For more on the Compose file format versions, see/,
  /^Encountered errors while bringing up the project\.?$/,
  /^\s*(Network|Volume|Container|Image)\s+\S+\s+(Creating|Created|Starting|Started|Stopping|Stopped|Removing|Removed|Pulling|Pulled|Waiting|Healthy|Recreate|Recreated|Running)\s*$/,
  /^\s*[\u2800-\u28ff⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏✔✘]/,
];

const maxLines = 3;
const maxChars = 300;

/** "'name' does not match any of the regexes: '^x-'" is docker-compose 1.x refusing an unknown top-level key. */
function explain(line: string): string {
  const top = /^'([^']+)' does not match any of the regexes: '\^x-'$/.exec(line);
  if (top) return `top-level '${top[1]}' is not supported by this compose CLI (docker-compose 1.x)`;
  return line
    .replace(/^ERROR:\s*/, '')
    .replace(/^for \S+\s+/, '')
    .replace(/ \([0-9a-f]{64}\)/g, '')
    .replace(/^error:\s*/i, '');
}

/** docker-compose 1.x's (PyYAML's) "yaml.parser.ParserError: while parsing …\n in "f", line 2 … expected …\n in "f", line 4, column 4". */
function yamlError(lines: string[]): string | undefined {
  const i = lines.findIndex((l) => /^yaml\.\w+\.\w+Error:/.test(l));
  const first = lines[i];
  if (first === undefined) return undefined;
  const head = first.replace(/^yaml\.\w+\.(\w+)Error:\s*/, '');
  const rest = lines.slice(i + 1, i + 5);
  const where = (l: string | undefined) => /in "([^"]+)", line (\d+), column (\d+)/.exec(l ?? '');
  const problem = rest.find((l) => !where(l) && l.trim());
  const at = where(rest[rest.length - 1]) ?? where(rest.filter((l) => where(l)).pop());
  const context = where(rest[0]);
  const file = at ? `${at[1]} line ${at[2]}, column ${at[3]}` : '';
  const msg = problem ? problem.trim() : head;
  const ctx =
    problem && head && context && context !== at ? ` (${head} at line ${context[2]}, column ${context[3]})` : '';
  return `YAML error${file ? ` in ${file}` : ''}: ${msg}${ctx}`;
}

/** The first meaningful error lines of a compose CLI's output (stderr, else stdout), for a notification. */
export function composeFailureLines(output: string): string[] {
  const lines = stripAnsi(output)
    .split(/\r?\n|\r/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim());
  const yaml = yamlError(lines);
  if (yaml) return [yaml];
  const invalid = lines.findIndex((l) => /^The Compose file '.*' is invalid because:$/.test(l));
  if (invalid >= 0) {
    const reasons = lines.slice(invalid + 1).filter((l) => !noise.some((n) => n.test(l)));
    return [`${lines[invalid]} ${reasons.slice(0, maxLines).map(explain).join('; ')}`.slice(0, maxChars)];
  }
  const meaningful = lines.filter((l) => !noise.some((n) => n.test(l)));
  const errors = meaningful.filter((l) => /^(ERROR|Error|error)\b/.test(l));
  const picked = errors.length
    ? errors
    : meaningful.filter((l) => /error|invalid|failed|denied|not found|unsupported|cannot|refused|no such/i.test(l));
  const chosen = (picked.length ? picked : meaningful.slice(-1)).map(explain);
  return [...new Set(chosen)].slice(0, maxLines).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
}

/** "compose up failed (exit status 1): <why>" */
export function composeFailureMessage(verb: string, code: number, output: string): string {
  const why = composeFailureLines(output).join(' — ');
  return `compose ${verb} failed (exit status ${code})${why ? `: ${why}` : ''}`;
}
