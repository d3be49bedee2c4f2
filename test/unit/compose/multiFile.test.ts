// Real-looking projects of several files (base + override, docker-compose.<env>.yml, `include` fragments,
// COMPOSE_FILE in .env, an empty override): every file lints without errors or warnings, because each is merged with
// the files compose merges it with. Linted alone (the other files hidden), the same files do get reference findings,
// so the clean result comes from the merge, not from checks that never fire.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { nodeHost, type ComposeHost } from '../../../src/core/compose/project';
import { validate } from '../../../src/core/lint/compose';
import { DEFAULT_LINT_SETTINGS } from '../../../src/core/lint/types';

const ROOT = path.resolve(__dirname, '../../fixtures/compose/projects');

const filesOf = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesOf(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );

function lint(file: string, host: ComposeHost): Promise<Diagnostic[]> {
  const doc = TextDocument.create(pathToFileURL(file).href, 'dockercompose', 1, fs.readFileSync(file, 'utf8'));
  return validate(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: false }, undefined, { host });
}

/** The real file system, with every file of the project but `file` (and what it needs on its own) hidden. */
function alone(file: string): ComposeHost {
  const real = nodeHost({});
  const visible = (p: string) =>
    p === file || !p.startsWith(path.dirname(path.dirname(file)) + path.sep) || /\.txt$/.test(p);
  return {
    env: {},
    readFile: (p) => (visible(p) ? real.readFile(p) : undefined),
    exists: (p) => visible(p) && real.exists(p),
  };
}

const show = (ds: Diagnostic[]) =>
  ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
const serious = (ds: Diagnostic[]) =>
  ds.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);

// the files that lean on another one, and what they get when that one is out of sight
const DEPENDENT: Record<string, string[]> = {
  'override-convention/compose.override.yaml': ['undefined-resource', 'missing-image-or-build'],
  'prod-variant/docker-compose.prod.yml': ['undefined-resource', 'missing-image-or-build'],
  'include-fragment/services/db.yaml': ['undefined-resource'],
  'include-fragment/services/cache.yaml': ['unknown-service', 'undefined-resource'],
  'compose-file-env/dev.yml': ['undefined-resource', 'missing-image-or-build'],
  'empty-override/compose.override.yaml': ['empty-file'],
};

describe('multi-file compose projects (unit)', () => {
  const files = filesOf(ROOT).sort();
  it('holds every project file the table names', () => {
    for (const rel of Object.keys(DEPENDENT)) expect(files).toContain(path.join(ROOT, rel));
  });
  for (const file of files) {
    const rel = path.relative(ROOT, file);
    it(`${rel}: no errors or warnings with the files compose merges it with`, async () => {
      expect(show(serious(await lint(file, nodeHost({}))))).toEqual([]);
    });
    const expected = DEPENDENT[rel];
    if (expected)
      it(`${rel}: linted alone, gets ${expected.join(', ')}`, async () => {
        const codes = new Set((await lint(file, alone(file))).map((d) => String(d.code)));
        expect([...codes].sort()).toEqual(expect.arrayContaining(expected));
      });
  }
  it('an override file whose base is out of sight gets its reference findings as info, saying why', async () => {
    const file = path.join(ROOT, 'override-convention/compose.override.yaml');
    const refs = (await lint(file, alone(file))).filter((d) =>
      ['undefined-resource', 'unknown-service', 'missing-image-or-build'].includes(String(d.code)),
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const d of refs) {
      expect(d.severity, `${d.code} ${d.message}`).toBe(DiagnosticSeverity.Information);
      expect(d.message).toContain('looks like an override file');
    }
  });
  it('a file with no override name, out of COMPOSE_FILE and included by nothing keeps its reference errors', async () => {
    const file = path.join(ROOT, 'compose-file-env/dev.yml');
    expect(serious(await lint(file, alone(file))).map((d) => d.code)).toContain('undefined-resource');
  });
});
