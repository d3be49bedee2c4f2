// One Dockerfile template per project kind. Every template: dependency manifests copied before the sources,
// a non-root user, exec-form commands, multi-stage where the toolchain is not needed at run time.
import type { ProjectFacts, ProjectKind } from './detect';

export interface ScaffoldAnswers {
  port: number;
  /** node: the file `node` runs; python: the file `python` runs (or a module with `-m`) */
  entry?: string;
  /** one image for every stage (a setting: offline machines, mirrors); undefined: the official images */
  baseImage?: string;
}

/** The official images each kind builds on: [build stage, run stage]. */
export const DEFAULT_IMAGES: Record<ProjectKind, readonly [string, string]> = {
  node: ['node:22-alpine', 'node:22-alpine'],
  python: ['python:3.12-slim', 'python:3.12-slim'],
  go: ['golang:1.23-alpine', 'gcr.io/distroless/static-debian12:nonroot'],
  'java-maven': ['maven:3.9-eclipse-temurin-21', 'eclipse-temurin:21-jre'],
  'java-gradle': ['gradle:8.10-jdk21', 'eclipse-temurin:21-jre'],
  dotnet: ['mcr.microsoft.com/dotnet/sdk:8.0', 'mcr.microsoft.com/dotnet/aspnet:8.0'],
  static: ['nginxinc/nginx-unprivileged:1.27-alpine', 'nginxinc/nginx-unprivileged:1.27-alpine'],
};

/** The directory the app lives in inside the image (also the debugger's remoteRoot). */
export const APP_DIR = '/app';
const USER = 'USER 1000:1000';

const lines = (...ls: (string | false | undefined)[]) =>
  ls.filter((l): l is string => typeof l === 'string').join('\n') + '\n';
const json = (argv: string[]) => JSON.stringify(argv).replace(/","/g, '", "');

function images(kind: ProjectKind, a: ScaffoldAnswers): [string, string] {
  const [b, r] = DEFAULT_IMAGES[kind];
  return a.baseImage ? [a.baseImage, a.baseImage] : [b, r];
}

function node(f: ProjectFacts, a: ScaffoldAnswers): string {
  const [build, run] = images('node', a);
  const entry = a.entry ?? f.entry ?? 'index.js';
  const lock = f.manifests.includes('package-lock.json') || f.manifests.includes('npm-shrinkwrap.json');
  const install = lock ? 'npm ci --omit=dev' : 'npm install --omit=dev';
  return lines(
    f.hasDependencies && `FROM ${build} AS deps`,
    f.hasDependencies && `WORKDIR ${APP_DIR}`,
    f.hasDependencies && `COPY ${f.manifests.join(' ')} ./`,
    f.hasDependencies && `RUN ${install} && npm cache clean --force`,
    f.hasDependencies && '',
    `FROM ${run}`,
    'ENV NODE_ENV=production',
    `WORKDIR ${APP_DIR}`,
    f.hasDependencies && `COPY --from=deps ${APP_DIR}/node_modules ./node_modules`,
    'COPY . .',
    USER,
    `EXPOSE ${a.port}`,
    `CMD ${json(['node', entry])}`,
  );
}

function python(f: ProjectFacts, a: ScaffoldAnswers): string {
  const [, run] = images('python', a);
  const entry = a.entry ?? f.entry ?? 'app.py';
  const cmd = entry.endsWith('.py') ? ['python', entry] : ['python', '-m', entry];
  // requirements.txt first; else pyproject.toml alone, installed for its dependencies before the sources come
  const manifest = f.manifests.includes('requirements.txt') ? 'requirements.txt' : f.manifests[0];
  const install = manifest === 'requirements.txt' ? '-r requirements.txt' : '.';
  return lines(
    `FROM ${run}`,
    'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1',
    `WORKDIR ${APP_DIR}`,
    manifest && `COPY ${manifest} ./`,
    manifest && `RUN pip install --no-cache-dir ${install}`,
    'COPY . .',
    USER,
    `EXPOSE ${a.port}`,
    `CMD ${json(cmd)}`,
  );
}

function go(f: ProjectFacts, a: ScaffoldAnswers): string {
  const [build, run] = images('go', a);
  return lines(
    `FROM ${build} AS build`,
    'WORKDIR /src',
    `COPY ${f.manifests.join(' ')} ./`,
    'RUN go mod download',
    'COPY . .',
    'RUN CGO_ENABLED=0 go build -trimpath -o /out/app .',
    '',
    `FROM ${run}`,
    `COPY --from=build /out/app ${APP_DIR}/app`,
    'USER 65532:65532',
    `EXPOSE ${a.port}`,
    `ENTRYPOINT ${json([`${APP_DIR}/app`])}`,
  );
}

function java(f: ProjectFacts, a: ScaffoldAnswers): string {
  const maven = f.kind === 'java-maven';
  const [build, run] = images(f.kind, a);
  return lines(
    `FROM ${build} AS build`,
    'WORKDIR /src',
    `COPY ${f.manifests.join(' ')} ./`,
    maven ? 'RUN mvn -B -q dependency:go-offline' : 'RUN gradle --no-daemon -q dependencies',
    'COPY src ./src',
    maven
      ? 'RUN mvn -B -q package -DskipTests && cp target/*.jar /src/app.jar'
      : 'RUN gradle --no-daemon -q assemble && cp build/libs/*[!n].jar /src/app.jar',
    '',
    `FROM ${run}`,
    `WORKDIR ${APP_DIR}`,
    `COPY --from=build /src/app.jar ./app.jar`,
    USER,
    `EXPOSE ${a.port}`,
    `CMD ${json(['java', '-jar', 'app.jar'])}`,
  );
}

function dotnet(f: ProjectFacts, a: ScaffoldAnswers): string {
  const [build, run] = images('dotnet', a);
  const proj = f.project ?? 'app.csproj';
  const dll = proj.replace(/\.csproj$/, '.dll');
  return lines(
    `FROM ${build} AS build`,
    'WORKDIR /src',
    `COPY ${proj} ./`,
    `RUN dotnet restore ${proj}`,
    'COPY . .',
    `RUN dotnet publish ${proj} -c Release -o /out --no-restore`,
    '',
    `FROM ${run}`,
    `ENV ASPNETCORE_HTTP_PORTS=${a.port}`,
    `WORKDIR ${APP_DIR}`,
    `COPY --from=build /out ./`,
    USER,
    `EXPOSE ${a.port}`,
    `ENTRYPOINT ${json(['dotnet', dll])}`,
  );
}

function site(_f: ProjectFacts, a: ScaffoldAnswers): string {
  const [, run] = images('static', a);
  return lines(`FROM ${run}`, 'COPY . /usr/share/nginx/html', 'USER 101:101', `EXPOSE ${a.port}`);
}

const TEMPLATES: Record<ProjectKind, (f: ProjectFacts, a: ScaffoldAnswers) => string> = {
  node,
  python,
  go,
  'java-maven': java,
  'java-gradle': java,
  dotnet,
  static: site,
};

export function dockerfileFor(f: ProjectFacts, a: ScaffoldAnswers): string {
  return TEMPLATES[f.kind](f, a);
}
