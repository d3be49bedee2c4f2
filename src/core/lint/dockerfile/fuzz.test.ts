// Thousands of mutated Dockerfiles: linting never throws and never takes long.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_LINT_SETTINGS, type EngineFacts } from '../types';
import { validate } from './index';

const SEEDS = [
  readFileSync(join(__dirname, '../../../../test/fixtures/lint/Dockerfile'), 'utf8'),
  '# syntax=docker/dockerfile:1\n# escape=`\nARG BASE=alpine:3.19\nFROM ${BASE} AS build\nRUN <<EOF\napk add curl | tee x\nEOF\nCOPY --from=build --chmod=755 a b /c/\nONBUILD RUN pip install flask\n',
  'FROM debian:12\nRUN apt-get update && \\\n  # comment\n  apt-get install -y curl=1 \\\n    && rm -rf /var/lib/apt/lists/*\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - x | tar xz\nHEALTHCHECK --interval=5s CMD curl -f localhost || exit 1\nUSER root\nLABEL a=b "c d"=e\nEXPOSE 80/tcp 53/udp\nENV A=1 B=$A\nVOLUME ["/data"]\nSTOPSIGNAL SIGTERM\nENTRYPOINT ["x"]\nCMD y\n',
];
const PIECES = [
  '\\',
  '\n',
  '"',
  "'",
  '`',
  '$',
  '${',
  '}',
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
  '\u0000',
  'ONBUILD ',
  'RUN ',
  'FROM ',
  'sh -c "',
  ':',
  '@sha256:',
  '/',
];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function mutate(text: string, rnd: () => number): string {
  let t = text;
  const n = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const op = Math.floor(rnd() * 5);
    if (op === 0) t = t.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + t.slice(at);
    else if (op === 1) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 8));
    else if (op === 2) {
      const lines = t.split('\n');
      const j = Math.floor(rnd() * lines.length);
      lines.splice(Math.floor(rnd() * lines.length), 0, lines[j] ?? '');
      t = lines.join('\n');
    } else if (op === 3) t = t.slice(0, at);
    else t = t.slice(0, at) + t.slice(at).toUpperCase();
  }
  return t;
}

describe('fuzz (unit)', () => {
  it('lints 3000 mutated Dockerfiles without throwing, each well under a second', async () => {
    const rnd = prng(7);
    const facts: EngineFacts = {
      imagePresent: async () => (rnd() < 0.3 ? undefined : rnd() < 0.5),
      engineArchitecture: async () => ({ os: 'linux', architecture: 'arm64' }),
      imagePlatforms: async () => [{ os: 'linux', architecture: 'amd64' }],
    };
    let max = 0;
    let total = 0;
    let worst = '';
    const N = 3000;
    for (let i = 0; i < N; i++) {
      const text = mutate(SEEDS[i % SEEDS.length]!, rnd);
      const doc = TextDocument.create(`untitled:Dockerfile-${i}`, 'dockerfile', 1, text);
      const t0 = performance.now();
      try {
        await validate(
          doc,
          {
            ...DEFAULT_LINT_SETTINGS,
            rules: { DL3057: 'info', DL1001: 'info' },
            labelSchema: { maintainer: 'email' },
            strictLabels: true,
            trustedRegistries: ['docker.io'],
          },
          facts,
        );
      } catch (e) {
        throw new Error(`lint threw on:\n${JSON.stringify(text)}\n${e instanceof Error ? e.stack : String(e)}`);
      }
      const dt = performance.now() - t0;
      total += dt;
      if (dt > max && i > 20) {
        max = dt;
        worst = text;
      }
    }
    if (process.env.FUZZ_WORST) console.log(JSON.stringify(worst));
    console.log(
      `fuzz: ${N} documents, mean ${(total / N).toFixed(2)} ms, max ${max.toFixed(1)} ms (${worst.length} chars)`,
    );
    expect(max).toBeLessThan(1000);
  }, 120_000);
});
