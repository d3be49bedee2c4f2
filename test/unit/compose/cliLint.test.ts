import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLintCommand } from '../../../src/cli/lint';

const FIXTURES = path.resolve(__dirname, '../../fixtures/compose');

describe('stevedore lint on compose files (unit)', () => {
  it('reports the ten planted problems at their positions and exits 1', async () => {
    let out = '';
    const code = await runLintCommand(['--offline', '--format', 'json', path.join(FIXTURES, 'ten-problems/compose.yaml')], { out: (s) => { out += s; }, err: () => {}, isTTY: false });
    expect(code).toBe(1);
    const text = JSON.stringify(JSON.parse(out));
    for (const id of ['obsolete-version', 'compose-schema', 'unknown-service', 'undefined-resource', 'image-latest-tag', 'unset-variable', 'invalid-port', 'dependency-cycle', 'duplicate-key']) expect(text).toContain(id);
    const findings = JSON.parse(out) as unknown;
    const list = (Array.isArray(findings) ? findings : (findings as { findings?: unknown[] }).findings ?? []) as unknown[];
    expect(list.length).toBe(10);
  });

  it('a real-world stack exits 0', async () => {
    const code = await runLintCommand(['--offline', '--failure-threshold', 'warning', path.join(FIXTURES, 'web-db/compose.yaml')], { out: () => {}, err: () => {}, isTTY: false });
    expect(code).toBe(0);
  });
});
