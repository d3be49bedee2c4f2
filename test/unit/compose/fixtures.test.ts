import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../../src/core/compose/project';
import { validate } from '../../../src/core/lint/compose';
import { DEFAULT_LINT_SETTINGS } from '../../../src/core/lint/types';
import { TEN_PROBLEMS } from '../../fixtures/compose/tenProblems';

const FIXTURES = path.resolve(__dirname, '../../fixtures/compose');

async function lintFile(rel: string, env: Record<string, string> = {}) {
  const file = path.join(FIXTURES, rel);
  const doc = TextDocument.create(pathToFileURL(file).href, 'dockercompose', 1, fs.readFileSync(file, 'utf8'));
  return validate(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: false }, undefined, { host: nodeHost(env) });
}

describe('compose fixtures (unit)', () => {
  for (const rel of [
    'web-db/compose.yaml',
    'monitoring/docker-compose.yml',
    'overrides/compose.yaml',
    'overrides/compose.override.yaml',
    'overrides/compose.prod.yaml',
    'include/compose.yaml',
    'include/db/compose.yaml',
    'interpolated/compose.yaml',
  ]) {
    it(`real-world stack ${rel} has no errors or warnings`, async () => {
      const diags = await lintFile(rel, { GRAFANA_ADMIN_PASSWORD: 'x', API_KEY: 'k' });
      const serious = diags.filter(
        (d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning,
      );
      expect(
        serious.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
      ).toEqual([]);
    });
  }

  it('ten planted problems → exactly ten diagnostics, each where it belongs', async () => {
    const diags = await lintFile('ten-problems/compose.yaml');
    const got = diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
    expect(got).toEqual([...TEN_PROBLEMS]);
    expect(new Set(diags.map((d) => d.code)).size, 'ten different rules').toBe(10);
    expect(diags.find((d) => d.code === 'dependency-cycle')?.message).toContain('api → worker → api');
  });
});
