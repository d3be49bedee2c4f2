import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLintCommand } from '../../../src/cli/lint';
import { TEN_PROBLEMS } from '../../fixtures/compose/tenProblems';

const FIXTURES = path.resolve(__dirname, '../../fixtures/compose');

describe('stevedore lint on compose files (unit)', () => {
  it('reports the ten planted problems at their positions and exits 1', async () => {
    let out = '';
    const code = await runLintCommand(
      ['--offline', '--format', 'json', path.join(FIXTURES, 'ten-problems/compose.yaml')],
      {
        out: (s) => {
          out += s;
        },
        err: () => {},
        isTTY: false,
      },
    );
    expect(code).toBe(1);
    const list = JSON.parse(out) as { line: number; column: number; rule: string }[];
    expect(list.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([...TEN_PROBLEMS]);
    expect(new Set(list.map((f) => f.rule)).size).toBe(10);
  });

  it('a real-world stack exits 0', async () => {
    const code = await runLintCommand(
      ['--offline', '--failure-threshold', 'warning', path.join(FIXTURES, 'web-db/compose.yaml')],
      { out: () => {}, err: () => {}, isTTY: false },
    );
    expect(code).toBe(0);
  });
});

async function lint(args: string[]) {
  let out = '';
  let err = '';
  const code = await runLintCommand(args, {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    isTTY: false,
  });
  return {
    code,
    out,
    err,
    findings: out.trim().startsWith('[')
      ? (JSON.parse(out) as { rule: string; severity: string; line: number; message: string }[])
      : [],
  };
}

describe('stevedore lint options for compose (unit)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stv-cli-compose-'));
  const file = path.join(dir, 'compose.yaml');
  writeFileSync(file, 'services:\n  web:\n    image: "nginx:${TAG}"\n    ports: ["${PORT}:80"]\n');
  writeFileSync(path.join(dir, '.env'), 'TAG=1.27\n');
  writeFileSync(path.join(dir, 'ci.env'), 'TAG=1.27\nPORT=http\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--env-file replaces .env for interpolation', async () => {
    const plain = await lint(['--offline', '-f', 'json', file]);
    expect(plain.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      expect.stringMatching(/^unset-variable .*PORT/),
    ]);
    const withFile = await lint(['--offline', '-f', 'json', '--env-file', path.join(dir, 'ci.env'), file]);
    expect(withFile.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'invalid-port `${PORT}` (`http`) is not a host port or port range',
    ]);
  });

  it('--rule id=severity (id or alias) changes a severity or turns a rule off, for compose and Dockerfile', async () => {
    const up = await lint(['--offline', '-f', 'json', '--rule', 'unset-variable=error', file]);
    expect(up.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['unset-variable:error']);
    const off = await lint(['--offline', '--rule', 'unset-variable=off', file]);
    expect(off.code).toBe(0);
    const dockerfile = path.join(dir, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM alpine:3.19\nRUN apk add curl\nUSER nobody\n');
    const before = await lint(['--offline', '-f', 'json', dockerfile]);
    expect(before.findings.some((f) => f.rule === 'apk-no-cache')).toBe(true);
    const after = await lint([
      '--offline',
      '-f',
      'json',
      '--rule',
      'DL3019=off',
      '--rule',
      'apk-pin=error',
      dockerfile,
    ]);
    expect(after.findings.some((f) => f.rule === 'apk-no-cache')).toBe(false);
    expect(after.findings.find((f) => f.rule === 'apk-pin')?.severity).toBe('error');
  });

  it('--rule rejects unknown rules, severities and shapes (exit 2)', async () => {
    for (const bad of ['no-such-rule=error', 'unset-variable=loud', 'unset-variable']) {
      const r = await lint(['--offline', '--rule', bad, file]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toContain('--rule');
    }
  });
});
