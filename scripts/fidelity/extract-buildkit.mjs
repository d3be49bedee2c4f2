// Transcribes BuildKit's lint tests (frontend/dockerfile/dockerfile_check_test.go of a BuildKit checkout) into
// test/fidelity/buildkit/cases.json: { test, dockerfile, dockerignore?, buildArgs?, warnings: [{ rule, line }] }.
// Usage: node scripts/fidelity/extract-buildkit.mjs <buildkit-checkout>/frontend/dockerfile/dockerfile_check_test.go
// Understood: Dockerfiles held in variables (plain, fmt.Appendf, integration.UnixOrWindows — the Unix one), build
// arguments in FrontendAttrs, DockerIgnore fields, and table-driven loops (`for _, tc := range []struct{…}{…}`) whose
// checkLinterWarnings call reads tc's fields and writes .dockerignore into a TmpDir.
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
  /func (test\w+)\(|(\w+) :?= \[\]byte\((?:integration\.UnixOrWindows\(\s*)?(`[^`]*`|"(?:[^"\\]|\\.)*")|for _, tc := range \[\]struct \{|(\w+) :?= fmt\.Appendf\(nil,\s*(`[^`]*`)|(\w+) :?= integration\.UnixOrWindows\(\s*"([^"]*)"|makeLintWarning := func[^]*?RuleName:\s*"(\w+)"|checkLinterWarnings\(t, sb, &lintTestParams\{/g;
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
  if (m[0].startsWith('for _, tc')) {
    re.lastIndex = tableLoop(m.index + m[0].length - 1);
    continue;
  }
  const start = m.index + m[0].length - 1;
  emit(src.slice(start, closing(src, start)));
  re.lastIndex = start + 1;
}

/** A table-driven loop (`for _, tc := range []struct{…}{ {…}, … } { … }` at `open`, the struct's brace): one case per
 * element, from the loop body's checkLinterWarnings call. Returns the index past the loop. */
function tableLoop(open) {
  const listOpen = closing(src, open);
  const listEnd = closing(src, listOpen);
  const bodyOpen = src.indexOf('{', listEnd);
  const bodyEnd = closing(src, bodyOpen);
  const loop = src.slice(bodyOpen, bodyEnd);
  const call = loop.indexOf('checkLinterWarnings(t, sb, &lintTestParams{');
  if (call < 0) return bodyEnd;
  const callOpen = loop.indexOf('{', call);
  const callBody = loop.slice(callOpen, closing(loop, callOpen));
  const list = src.slice(listOpen + 1, listEnd - 1);
  for (let i = 0; i < list.length; i++) {
    if (list[i] !== '{') continue;
    const end = closing(list, i);
    const tc = {};
    for (const f of list.slice(i, end).matchAll(/(\w+):\s*\[\]byte\((`[^`]*`|"(?:[^"\\]|\\.)*")\)/g))
      tc[f[1]] = goString(f[2]);
    i = end - 1;
    // a local that defaults a field: `x := tc.x` then `if x == nil { x = []byte(…) }`
    const local = (name) => {
      const from = new RegExp(`\\b${name} := tc\\.(\\w+)`).exec(loop);
      if (!from) return vars.get(name);
      const fallback = new RegExp(
        `if ${name} == nil \\{\\s*${name} = \\[\\]byte\\(("(?:[^"\\\\]|\\\\.)*"|\`[^\`]*\`)\\)`,
      ).exec(loop);
      return tc[from[1]] ?? (fallback ? goString(fallback[1]) : undefined);
    };
    const value = (ref) => (ref.startsWith('tc.') ? tc[ref.slice(3)] : local(ref));
    // the .dockerignore a TmpDir context is made with
    const file = /fstest\.CreateFile\("\.dockerignore",\s*([\w.]+)/.exec(loop);
    emit(callBody, value, file ? value(file[1]) : undefined);
  }
  return bodyEnd;
}

/** One checkLinterWarnings call (its `{…}` body); `value` resolves a Go name, `tmpIgnore` a TmpDir's .dockerignore. */
function emit(body, value = (name) => vars.get(name), tmpIgnore) {
  const field = (name) => {
    const f = new RegExp(`\\b${name}:\\s*(?:\\[\\]byte\\((\`[^\`]*\`|"(?:[^"\\\\]|\\\\.)*")\\)|([\\w.]+))`).exec(body);
    if (!f) return undefined;
    return f[1] ? goString(f[1]) : value(f[2]);
  };
  const dockerfile = field('Dockerfile');
  if (dockerfile === undefined) return;
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
  // a value may be integration.UnixOrWindows("unix", "windows"): the Unix one
  for (const a of attrs?.[1].matchAll(/"build-arg:(\w+)":\s*(?:integration\.UnixOrWindows\(\s*)?"([^"]*)"/g) ?? [])
    buildArgs[a[1]] = a[2];
  const dockerignore = field('DockerIgnore') ?? tmpIgnore;
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
