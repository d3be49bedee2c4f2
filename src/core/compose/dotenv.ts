// `.env` / env_file parsing the way compose reads them: KEY=VALUE, optional `export `, single quotes literal,
// double quotes with escapes, `#` comments after whitespace, ${VAR} interpolation from earlier lines.
import { interpolate, type Env } from './interpolation';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

export interface DotenvEntry {
  name: string;
  value: string;
  line: number;
}

export function parseDotenv(text: string, outer: Env = () => undefined): DotenvEntry[] {
  const out: DotenvEntry[] = [];
  const known = new Map<string, string>();
  const env: Env = (n) => known.get(n) ?? outer(n);
  const lines = text.split(/\r?\n/);
  // a quoted value may take the lines after it (i moves on inside)
  for (let i = 0, lineText = lines[0]; lineText !== undefined; lineText = lines[++i]) {
    let line = lineText.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    const name = (eq === -1 ? line : line.slice(0, eq)).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) continue;
    if (eq === -1) continue;
    const raw = line.slice(eq + 1).trimStart();
    let value: string;
    if (raw.startsWith("'")) {
      const end = raw.indexOf("'", 1);
      value = end === -1 ? raw.slice(1) : raw.slice(1, end);
    } else if (raw.startsWith('"')) {
      let acc = raw.slice(1);
      // a double-quoted value may run over several lines until its closing quote
      while (!/(^|[^\\])(\\\\)*"/.test(acc) && i + 1 < lines.length) acc += '\n' + lines[++i];
      const m = /^((?:[^"\\]|\\.)*)"/s.exec(acc);
      const body = m?.[1] ?? acc;
      value = interpolate(
        body.replace(/\\([nrt"\\$])/g, (_s, c: string) => ESCAPES[c] ?? c),
        env,
      );
    } else {
      const hash = raw.search(/\s#/);
      value = interpolate((hash === -1 ? raw : raw.slice(0, hash)).trimEnd(), env);
    }
    known.set(name, value);
    out.push({ name, value, line: i });
  }
  return out;
}

export function dotenvMap(text: string, outer?: Env): Map<string, string> {
  return new Map(parseDotenv(text, outer).map((e) => [e.name, e.value]));
}
