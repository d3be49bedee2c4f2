import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLintCommand } from '../../../src/cli/lint';
import { TEN_PROBLEMS } from '../../fixtures/compose/tenProblems';

const FIXTURES = path.resolve(__dirname, '../../fixtures/compose');

describe('stevedore lint on compose files (unit)', () => {
  it('reports the ten planted problems at their positions and exits 1', async () => {
    let out = '';
    const code = await runLintCommand(['--offline', '--format', 'json', path.join(FIXTURES, 'ten-problems/compose.yaml')], { out: (s) => { out += s; }, err: () => {}, isTTY: false });
    expect(code).toBe(1);
    const list = JSON.parse(out) as { line: number; column: number; rule: string }[];
    expect(list.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([...TEN_PROBLEMS]);
    expect(new Set(list.map((f) => f.rule)).size).toBe(10);
  });

  it('a real-world stack exits 0', async () => {
    const code = await runLintCommand(['--offline', '--failure-threshold', 'warning', path.join(FIXTURES, 'web-db/compose.yaml')], { out: () => {}, err: () => {}, isTTY: false });
    expect(code).toBe(0);
  });
});
