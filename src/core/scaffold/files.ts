// .dockerignore and compose.yaml for a detected project, and the three files together.
import type { ProjectFacts, ProjectKind } from './detect';
import { APP_DIR, dockerfileFor, type ScaffoldAnswers } from './dockerfiles';

const COMMON = ['.git', '.gitignore', '.vscode', '.env', '*.log', 'Dockerfile*', '.dockerignore', 'compose*.yaml'];
const PER_KIND: Record<ProjectKind, string[]> = {
  node: ['node_modules', 'npm-debug.log*', 'coverage', 'dist'],
  python: ['__pycache__', '*.pyc', '.venv', 'venv', '.pytest_cache'],
  go: ['bin', 'vendor'],
  'java-maven': ['target'],
  'java-gradle': ['build', '.gradle'],
  dotnet: ['bin', 'obj'],
  static: [],
};

export function dockerignoreFor(f: ProjectFacts): string {
  return [...COMMON, ...PER_KIND[f.kind]].join('\n') + '\n';
}

/** Kinds whose sources run as they are in the container: compose watch syncs them instead of rebuilding. */
const INTERPRETED: readonly ProjectKind[] = ['node', 'python', 'static'];

export function composeFor(f: ProjectFacts, a: ScaffoldAnswers): string {
  const out = [
    'services:',
    `  ${f.name}:`,
    '    build: .',
    `    image: ${f.name}:dev`,
    '    pull_policy: build',
    '    ports:',
    `      - "127.0.0.1:${a.port}:${a.port}"`,
  ];
  const target = f.kind === 'static' ? '/usr/share/nginx/html' : APP_DIR;
  out.push('    develop:', '      watch:');
  if (INTERPRETED.includes(f.kind)) {
    out.push('        - action: sync', '          path: .', `          target: ${target}`);
    const ignore = f.kind === 'node' ? ['node_modules/'] : f.kind === 'python' ? ['__pycache__/', '.venv/'] : [];
    if (ignore.length) out.push('          ignore:', ...ignore.map((i) => `            - ${i}`));
    for (const m of f.manifests) out.push('        - action: rebuild', `          path: ${m}`);
  } else {
    out.push('        - action: rebuild', '          path: .');
  }
  return out.join('\n') + '\n';
}

export interface ScaffoldFile {
  /** relative to the project's root */
  path: string;
  text: string;
}

export function scaffoldFiles(f: ProjectFacts, a: ScaffoldAnswers): ScaffoldFile[] {
  return [
    { path: 'Dockerfile', text: dockerfileFor(f, a) },
    { path: '.dockerignore', text: dockerignoreFor(f) },
    { path: 'compose.yaml', text: composeFor(f, a) },
  ];
}
