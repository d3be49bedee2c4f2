// Project detection for "Add Docker files": what the workspace's root files say about the project. Pure: the
// caller lists the root's file names and reads the few it is asked for.
export type ProjectKind = 'node' | 'python' | 'go' | 'java-maven' | 'java-gradle' | 'dotnet' | 'static';

export interface ProjectFacts {
  kind: ProjectKind;
  /** a name fit for a compose service and an image (lower case, [a-z0-9-]) */
  name: string;
  /** dependency manifests copied before the sources (the layer cache's lesson), as found */
  manifests: string[];
  /** the listening port when a manifest or convention says so */
  port?: number;
  /** the entry point when a manifest says so (node: main or start script's file; python: module or file) */
  entry?: string;
  /** node: the package declares dependencies (else no install stage) */
  hasDependencies?: boolean;
  /** node: a `build` script exists */
  hasBuildScript?: boolean;
  /** .NET: the project file */
  project?: string;
}

export interface RootListing {
  /** names of the files at the project's root */
  files: readonly string[];
  read(name: string): string | undefined;
}

const has = (l: RootListing, ...names: string[]) => names.filter((n) => l.files.includes(n));

export function serviceName(raw: string): string {
  const s = raw
    .toLowerCase()
    .replace(/^@[^/]*\//, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'app';
}

function nodeFacts(l: RootListing, folder: string): ProjectFacts {
  let pkg: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(l.read('package.json') ?? '{}');
    if (parsed && typeof parsed === 'object') pkg = parsed as Record<string, unknown>;
  } catch {
    // a half-typed package.json: detect what the rest says
  }
  const scripts = (pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, unknown>;
  const deps = pkg.dependencies && typeof pkg.dependencies === 'object' ? Object.keys(pkg.dependencies) : [];
  const start =
    typeof scripts.start === 'string' ? /^node\s+([\w./-]+\.[cm]?js)\b/.exec(scripts.start)?.[1] : undefined;
  const main = typeof pkg.main === 'string' ? pkg.main : undefined;
  const entry = start ?? main ?? has(l, 'server.js', 'index.js', 'app.js', 'main.js')[0];
  return {
    kind: 'node',
    name: serviceName(typeof pkg.name === 'string' ? pkg.name : folder),
    manifests: ['package.json', ...has(l, 'package-lock.json', 'npm-shrinkwrap.json')],
    ...(entry ? { entry } : {}),
    hasDependencies: deps.length > 0,
    hasBuildScript: typeof scripts.build === 'string',
  };
}

function pythonFacts(l: RootListing, folder: string): ProjectFacts {
  const manifests = has(l, 'requirements.txt', 'pyproject.toml');
  const entry = has(l, 'app.py', 'main.py', 'server.py', 'manage.py')[0];
  const reqs = (l.read('requirements.txt') ?? '') + (l.read('pyproject.toml') ?? '');
  const port = /\b(fastapi|uvicorn)\b/i.test(reqs) ? 8000 : /\bflask\b/i.test(reqs) ? 5000 : undefined;
  return {
    kind: 'python',
    name: serviceName(folder),
    manifests,
    ...(entry ? { entry } : {}),
    ...(port ? { port } : {}),
  };
}

/** Undefined when nothing at the root says what the project is. */
export function detectProject(l: RootListing, folder: string): ProjectFacts | undefined {
  if (l.files.includes('package.json')) return nodeFacts(l, folder);
  if (has(l, 'pyproject.toml', 'requirements.txt').length) return pythonFacts(l, folder);
  if (l.files.includes('go.mod'))
    return { kind: 'go', name: serviceName(folder), manifests: ['go.mod', ...has(l, 'go.sum')], port: 8080 };
  if (l.files.includes('pom.xml'))
    return { kind: 'java-maven', name: serviceName(folder), manifests: ['pom.xml'], port: 8080 };
  const gradle = has(l, 'build.gradle', 'build.gradle.kts');
  if (gradle.length)
    return {
      kind: 'java-gradle',
      name: serviceName(folder),
      manifests: [...gradle, ...has(l, 'settings.gradle', 'settings.gradle.kts')],
      port: 8080,
    };
  const csproj = l.files.find((f) => f.endsWith('.csproj'));
  if (csproj) return { kind: 'dotnet', name: serviceName(folder), manifests: [csproj], project: csproj, port: 8080 };
  if (l.files.includes('index.html')) return { kind: 'static', name: serviceName(folder), manifests: [], port: 8080 };
  return undefined;
}
