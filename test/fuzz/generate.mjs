// Seeded generators of hostile Dockerfiles and compose files: real files mutated (pieces inserted, spans cut,
// lines repeated, line endings changed) plus the shapes that broke the server before: deep nesting (`$(`,
// `${A:-`, `[`, `- `), alias bombs as values and keys, long lines, thousands of findings, 1 MB files.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG, so a failure is reproduced by its seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rnd, xs) => xs[Math.floor(rnd() * xs.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

function filesUnder(dir, match) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, match));
    else if (match(name)) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

export function seeds(root) {
  const dockerfiles = [
    ...filesUnder(join(root, 'test/fixtures/lint'), (n) => /Dockerfile/i.test(n)),
    '# syntax=docker/dockerfile:1\n# escape=`\nARG BASE=alpine:3.19\nFROM ${BASE} AS build\nRUN <<EOF\napk add curl | tee x\nEOF\nCOPY --from=build --chmod=755 a b /c/\nONBUILD RUN pip install flask\n',
    'FROM debian:12\nRUN apt-get update && \\\n  # comment\n  apt-get install -y curl=1 \\\n    && rm -rf /var/lib/apt/lists/*\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - x | tar xz\nHEALTHCHECK --interval=5s CMD curl -f localhost || exit 1\nUSER root\nLABEL a=b "c d"=e\nEXPOSE 80/tcp 53/udp\nENV A=1 B=$A\nVOLUME ["/data"]\nSTOPSIGNAL SIGTERM\nENTRYPOINT ["x"]\nCMD y\n',
  ];
  const compose = filesUnder(join(root, 'test/fixtures/compose'), (n) => /\.ya?ml$/.test(n));
  return { dockerfile: dockerfiles, compose };
}

const PIECES = {
  dockerfile: [
    '\\',
    '\n',
    '\\\n',
    '"',
    "'",
    '`',
    '$',
    '${',
    '}',
    '$(',
    ')',
    '[',
    ']',
    '=',
    ' ',
    '\t',
    '#',
    '<<EOF',
    'EOF',
    '&&',
    '|',
    ';',
    '--',
    '--from=',
    'AS ',
    '\r\n',
    '\r',
    '\u0000',
    '\uFEFF',
    'ONBUILD ',
    'RUN ',
    'FROM ',
    'COPY ',
    'ARG ',
    'ENV ',
    'sh -c "',
    ':',
    '@sha256:',
    '/',
    'é',
    '😀',
    '# escape=`\n',
    '# syntax=x\n',
  ],
  compose: [
    '\n',
    '  ',
    '- ',
    ': ',
    '"',
    "'",
    '$',
    '${',
    '${A:-',
    '${A:?',
    '}',
    '$$',
    '[',
    ']',
    '{',
    '}',
    ',',
    '#',
    '&a ',
    '*a',
    '<<: *a',
    '!reset ',
    '!override ',
    '|',
    '>',
    '---\n',
    '\r\n',
    '\r',
    '\t',
    '\u0000',
    '\uFEFF',
    'services:\n',
    'image: ',
    'ports:\n  - ',
    '"80:80"',
    'volumes:\n',
    'networks:\n',
    'include:\n  - ',
    'extends:\n',
    'x-',
    '? ',
    'é',
    '😀',
  ],
};

function nest(family, rnd) {
  const d = pick(rnd, [50, 500, 3000, 10000]);
  if (family === 'dockerfile') {
    const kind = int(rnd, 0, 3);
    if (kind === 0) return `RUN ${'echo $('.repeat(d)}x${')'.repeat(d)}\n`;
    if (kind === 1) return `RUN ${'sh -c "'.repeat(Math.min(d, 2000))}x\n`;
    if (kind === 2) return `ENV A=${'${A:-'.repeat(d)}x${'}'.repeat(d)}\n`;
    return `RUN ${'(\\\n'.repeat(Math.min(d, 3000))}true\n`;
  }
  const kind = int(rnd, 0, 4);
  if (kind === 0) return `services:\n  a:\n    image: "${'${A:-'.repeat(d)}x${'}'.repeat(d)}"\n`;
  if (kind === 1) return `services:\n  a:\n    command: ${'['.repeat(d)}${']'.repeat(d)}\n`;
  if (kind === 2) return `services:\n  a:\n    command:\n      ${'- '.repeat(Math.min(d, 4000))}x\n`;
  if (kind === 3) return `x: ${'{a: '.repeat(d)}1${'}'.repeat(d)}\n`;
  return `services:\n  a:\n    labels:\n${Array.from({ length: Math.min(d, 3000) }, (_, i) => `${'  '.repeat(3 + (i % 60))}k${i}:\n`).join('')}`;
}

function aliasBomb(rnd) {
  const width = int(rnd, 5, 10);
  const depth = int(rnd, 5, 9);
  const lines = [`x-0: &l0 [${Array(width).fill('lol').join(', ')}]`];
  for (let i = 1; i < depth; i++)
    lines.push(
      `x-${i}: &l${i} [${Array(width)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  const top = `*l${depth - 1}`;
  const use = pick(rnd, [
    `services:\n  a:\n    image: alpine:3\n    labels:\n      ${top} : boom\n`,
    `services:\n  a:\n    image: alpine:3\n    command: ${top}\n`,
    `services:\n  a:\n    image: alpine:3\n    environment:\n      ${top}: x\n`,
    `? ${top}\n: x\n`,
  ]);
  const eol = pick(rnd, ['\n', '\n', '\r\n', '\r']);
  return (lines.join('\n') + '\n' + use).replace(/\n/g, eol);
}

function manyFindings(family, rnd, sizes) {
  const n = sizes === 'test' ? 300 : pick(rnd, [800, 2000, 4000]);
  if (family === 'dockerfile')
    return 'FROM ubuntu\n' + 'RUN apt-get install curl\nMAINTAINER x\nWORKDIR app\n'.repeat(n / 3);
  const svc = Array.from(
    { length: n / 4 },
    (_, i) => `  s${i}:\n    image: nginx\n    ports: ["80:80"]\n    container_name: same\n`,
  );
  return `services:\n${svc.join('')}`;
}

function mutate(text, family, rnd) {
  let t = text;
  const n = int(rnd, 1, 8);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const op = int(rnd, 0, 7);
    if (op <= 2) t = t.slice(0, at) + pick(rnd, PIECES[family]) + t.slice(at);
    else if (op === 3) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 16));
    else if (op === 4) {
      const lines = t.split('\n');
      const j = Math.floor(rnd() * lines.length);
      lines.splice(Math.floor(rnd() * lines.length), 0, ...Array(int(rnd, 1, 20)).fill(lines[j] ?? ''));
      t = lines.join('\n');
    } else if (op === 5) t = t.slice(0, at);
    else if (op === 6) t = t.slice(0, at) + t.slice(at).toUpperCase();
    else t = t.replace(/\n/g, pick(rnd, ['\r\n', '\r', '\n']));
  }
  return t;
}

/** Grow `text` to about `bytes` by repeating it (mutated a little), as a huge file in the wild would. */
function grow(text, bytes, family, rnd) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const p = rnd() < 0.1 ? mutate(text, family, rnd) : text;
    parts.push(p);
    size += p.length + 1;
  }
  return parts.join('\n');
}

/**
 * The `index`-th document of a family for `seed`: kind says how it was made (for the report), `text` the file.
 * `sizes`: 'test' keeps files ≤ 30 KB (the test in `npm test`), 'normal' ≤ 200 KB, 'huge' allows about 1 MB.
 */
export function generate(family, seed, index, pool, sizes = 'normal') {
  const rnd = prng(seed * 1_000_003 + index * 7919 + (family === 'compose' ? 17 : 0));
  const base = pick(rnd, pool[family]);
  const r = rnd();
  if (r < 0.6) return { kind: 'mutated', text: mutate(base, family, rnd) };
  if (r < 0.7) return { kind: 'nested', text: mutate(base, family, rnd) + '\n' + nest(family, rnd) };
  if (r < 0.78 && family === 'compose') return { kind: 'alias-bomb', text: aliasBomb(rnd) };
  if (r < 0.85) return { kind: 'many-findings', text: manyFindings(family, rnd, sizes) };
  const cap = sizes === 'test' ? 30_000 : 190_000;
  if (r < 0.9)
    return {
      kind: 'long-line',
      text: `${base}\n${family === 'dockerfile' ? 'RUN echo ' : 'x: '}${'a'.repeat(int(rnd, 10_000, cap))}\n`,
    };
  const target = sizes === 'huge' && rnd() < 0.3 ? 1_000_000 : int(rnd, 10_000, cap);
  return { kind: target >= 1_000_000 ? 'huge' : 'large', text: grow(base, target, family, rnd) };
}
