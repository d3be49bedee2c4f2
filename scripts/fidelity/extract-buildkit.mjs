// Transcribes BuildKit's lint tests (frontend/dockerfile/dockerfile_check_test.go of a BuildKit checkout) into
// test/fidelity/buildkit/cases.json: { test, dockerfile, dockerignore?, buildArgs?, warnings: [{ rule, line }] }.
// Usage: node scripts/fidelity/extract-buildkit.mjs <buildkit-checkout>/frontend/dockerfile/dockerfile_check_test.go
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const src = readFileSync(process.argv[2], 'utf8');
/** Index just past the brace/paren that closes the one opened at `open`; backtick and double-quoted strings skipped. */
function closing(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '`') i = s.indexOf('`', i + 1);
    else if (c === '"') {
      for (i++; s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (c === '{' || c === '(') depth++;
    else if ((c === '}' || c === ')') && --depth === 0) return i + 1;
  }
  return s.length;
}
const goString = (s) => (s.startsWith('`') ? s.slice(1, -1) : JSON.parse(s));

const cases = [];
const vars = new Map();
let test = '';
// Unix values of integration.UnixOrWindows(…) held in variables, and the rule of a test's warning helper
const strings = new Map();
let helperRule;
/** Go arguments of a call, split at top-level commas, as the Unix values they stand for */
function goArgs(list) {
  const out = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '"') {
      const j = list.indexOf('"', i + 1);
      cur += list.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out.map((a) => {
    const u = /UnixOrWindows\(\s*"([^"]*)"/.exec(a);
    if (u) return u[1];
    if (a.startsWith('"')) return JSON.parse(a);
    return strings.get(a) ?? a;
  });
}
const re =
  /func (test\w+)\(|(\w+) :?= \[\]byte\((`[^`]*`|"(?:[^"\\]|\\.)*")\)|(\w+) :?= fmt\.Appendf\(nil,\s*(`[^`]*`)|(\w+) :?= integration\.UnixOrWindows\(\s*"([^"]*)"|makeLintWarning := func[^]*?RuleName:\s*"(\w+)"|checkLinterWarnings\(t, sb, &lintTestParams\{/g;
for (let m; (m = re.exec(src));) {
  if (m[1]) {
    test = m[1];
    vars.clear();
    continue;
  }
  if (m[4]) {
    const rest = src.slice(m.index + m[0].length);
    const close = closing('(' + rest, 0) - 1;
    const args = goArgs(rest.slice(0, close - 1).replace(/^\s*,/, ''));
    let k = 0;
    vars.set(
      m[4],
      goString(m[5]).replace(/%s/g, () => args[k++] ?? ''),
    );
    continue;
  }
  if (m[6]) {
    strings.set(m[6], m[7]);
    continue;
  }
  if (m[8]) {
    helperRule = m[8];
    continue;
  }
  if (m[2]) {
    vars.set(m[2], goString(m[3]));
    continue;
  }
  const start = m.index + m[0].length - 1;
  const body = src.slice(start, closing(src, start));
  re.lastIndex = start + 1;
  const field = (name) => {
    const f = new RegExp(`\\b${name}:\\s*(?:\\[\\]byte\\((\`[^\`]*\`|"(?:[^"\\\\]|\\\\.)*")\\)|(\\w+))`).exec(body);
    if (!f) return undefined;
    return f[1] ? goString(f[1]) : vars.get(f[2]);
  };
  const dockerfile = field('Dockerfile');
  if (dockerfile === undefined) continue;
  const warnings = [];
  // each expected warning: its RuleName and the Line that follows it (descriptions may hold braces)
  const names = [...body.matchAll(/RuleName:\s*"(\w+)"/g)];
  for (const h of body.matchAll(/makeLintWarning\("\w+",\s*(\d+)\)/g))
    warnings.push({ rule: helperRule, line: Number(h[1]) });
  names.forEach((w, k) => {
    const upto = names[k + 1]?.index ?? body.length;
    const line = /\bLine:\s*(\d+)/.exec(body.slice(w.index, upto));
    // UnmarshalWarnings (the lint request's result) carry lines BuildKit's own test does not hold to: any line
    const unmarshal = body.lastIndexOf('UnmarshalWarnings:', w.index) > body.lastIndexOf(' Warnings:', w.index);
    warnings.push({ rule: w[1], line: line && !unmarshal ? Number(line[1]) : 0 });
  });
  const attrs = /FrontendAttrs:\s*map\[string\]string\{([^}]*)\}/.exec(body);
  const buildArgs = {};
  for (const a of attrs?.[1].matchAll(/"build-arg:(\w+)":\s*"([^"]*)"/g) ?? []) buildArgs[a[1]] = a[2];
  const dockerignore = field('DockerIgnore');
  const buildErr = /\bBuildErr:\s*"((?:[^"\\]|\\.)*)"|\bBuildErr:\s*(\w+)/.exec(body);
  cases.push({
    test,
    dockerfile,
    ...(dockerignore !== undefined ? { dockerignore } : {}),
    ...(Object.keys(buildArgs).length ? { buildArgs } : {}),
    ...(buildErr ? { buildErr: buildErr[1] ?? buildErr[2] } : {}),
    warnings,
  });
}
mkdirSync('test/fidelity/buildkit', { recursive: true });
writeFileSync('test/fidelity/buildkit/cases.json', JSON.stringify(cases, null, 1) + '\n');
const rules = new Set(cases.flatMap((c) => c.warnings.map((w) => w.rule)));
console.log(
  `${cases.length} cases, ${cases.reduce((n, c) => n + c.warnings.length, 0)} warnings, rules: ${[...rules].sort().join(' ')}`,
);
