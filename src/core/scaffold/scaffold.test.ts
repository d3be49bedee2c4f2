import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLintCommand } from '../../cli/lint';
import type { JsonFinding } from '../../cli/lintFormat';
import { detectProject, type RootListing } from './detect';
import { scaffoldFiles } from './files';

const listing = (files: Partial<Record<string, string>>): RootListing => ({
  files: Object.keys(files),
  read: (n) => files[n],
});

const PROJECTS = {
  'node with dependencies': {
    'package.json': JSON.stringify({ name: '@acme/Shop', main: 'server.js', dependencies: { express: '^4' } }),
    'package-lock.json': '{}',
    'server.js': '',
  },
  'node without dependencies': { 'package.json': '{"scripts":{"start":"node src/main.js"}}' },
  'python with requirements': { 'requirements.txt': 'flask==3.0.0\n', 'app.py': '' },
  'python with pyproject': { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["fastapi"]\n' },
  go: { 'go.mod': 'module x\n', 'go.sum': '' },
  'go without go.sum': { 'go.mod': 'module x\n' },
  maven: { 'pom.xml': '<project/>' },
  gradle: { 'build.gradle.kts': '', 'settings.gradle.kts': '' },
  dotnet: { 'Web.App.csproj': '<Project/>' },
  'static site': { 'index.html': '<html></html>' },
} satisfies Record<string, Record<string, string>>;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function lint(files: { path: string; text: string }[]): Promise<JsonFinding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stevedore-scaffold-'));
  dirs.push(dir);
  for (const f of files) writeFileSync(join(dir, f.path), f.text);
  let out = '';
  let err = '';
  const code = await runLintCommand(
    [
      '--offline',
      '--format',
      'json',
      '--failure-threshold',
      'style',
      join(dir, 'Dockerfile'),
      join(dir, 'compose.yaml'),
    ],
    { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false },
  );
  expect(err).toBe('');
  const findings = JSON.parse(out) as JsonFinding[];
  expect(code).toBe(findings.length ? 1 : 0);
  return findings;
}

describe('scaffold templates pass stevedore lint with zero findings', () => {
  for (const [label, files] of Object.entries(PROJECTS)) {
    for (const baseImage of [undefined, 'stevedore-test/base:1']) {
      it(`${label}${baseImage ? ' on a base image setting' : ''}`, async () => {
        const facts = detectProject(listing(files), 'My App')!;
        expect(facts).toBeDefined();
        const out = scaffoldFiles(facts, { port: facts.port ?? 3000, ...(baseImage ? { baseImage } : {}) });
        expect(out.map((f) => f.path)).toEqual(['Dockerfile', '.dockerignore', 'compose.yaml']);
        expect(await lint(out)).toEqual([]);
      });
    }
  }

  it('the linter does report on a template gone wrong (the check can fail)', async () => {
    const facts = detectProject(listing(PROJECTS.go), 'x')!;
    const out = scaffoldFiles(facts, { port: 8080 });
    out[0]!.text = out[0]!.text.replace('USER 65532:65532\n', 'USER root\n');
    expect((await lint(out)).map((f) => f.rule)).toContain('last-user-root');
  });
});

describe('detectProject', () => {
  it('reads the kind, name, manifests, entry and port', () => {
    const node = detectProject(listing(PROJECTS['node with dependencies']), 'w')!;
    expect(node).toMatchObject({ kind: 'node', name: 'shop', entry: 'server.js', hasDependencies: true });
    expect(node.manifests).toEqual(['package.json', 'package-lock.json']);
    expect(detectProject(listing(PROJECTS['node without dependencies']), 'w')).toMatchObject({
      entry: 'src/main.js',
      hasDependencies: false,
    });
    expect(detectProject(listing(PROJECTS['python with requirements']), 'My App')).toMatchObject({
      kind: 'python',
      name: 'my-app',
      entry: 'app.py',
      port: 5000,
    });
    expect(detectProject(listing(PROJECTS.dotnet), 'w')).toMatchObject({ kind: 'dotnet', project: 'Web.App.csproj' });
    expect(detectProject(listing(PROJECTS.gradle), 'w')?.manifests).toEqual([
      'build.gradle.kts',
      'settings.gradle.kts',
    ]);
  });

  it('survives a broken package.json and says nothing of an unknown folder', () => {
    expect(detectProject(listing({ 'package.json': '{"name": ' }), 'w')).toMatchObject({ kind: 'node', name: 'w' });
    expect(detectProject(listing({ 'README.md': '' }), 'w')).toBeUndefined();
  });
});
