import { describe, expect, it } from 'vitest';
import { locateBuildError } from './buildError';
import type { BuildCli } from '../engine/buildCli';
import { buildCommand, definitionProblem, runArgv } from './definitions';

const DOCKERFILE = 'FROM busybox AS base\nRUN echo hi\nRUN  make \\\n  all\n\nFROM base\nCOPY missing /x\n';

describe('locateBuildError', () => {
  it('finds the failing BuildKit step on its Dockerfile line', () => {
    const out =
      '#6 [3/3] RUN make all\n#6 ERROR: executor failed running [/bin/sh -c make all]: exit code: 2\n------\n > [base 3/3] RUN make all:\n------\nexecutor failed running [/bin/sh -c make all]: exit code: 2\n';
    expect(locateBuildError(DOCKERFILE, out)).toEqual({
      line: 3,
      message: 'executor failed running [/bin/sh -c make all]: exit code: 2',
    });
  });
  it('reads the legacy builder too', () => {
    const out =
      'Step 1/2 : FROM base\nStep 2/2 : COPY missing /x\nCOPY failed: file not found in build context\nfailed to copy files\n';
    expect(locateBuildError(DOCKERFILE, out)).toEqual({ line: 7, message: 'failed to copy files' });
  });
  it('says nothing when no step is named', () => {
    expect(locateBuildError(DOCKERFILE, 'error: unable to prepare context: path "x" not found')).toBeUndefined();
  });
});

describe('task argv', () => {
  const def = { type: 'stevedore-build', tag: 'a:1', dockerfile: 'web/Dockerfile', buildArgs: { V: '1 2' } } as const;
  const cli: BuildCli = { command: '', prefix: [], kind: 'builtin', env: {}, version: '20.10.24' };
  const flags = ['--progress=plain', '-f', '/w/web/Dockerfile', '-t', 'a:1', '--build-arg', 'V=1 2'];
  it('build: Dockerfile and context resolved against the folder, plain progress, args in order, BuildKit CLI', () => {
    const builtin: BuildCli = { ...cli, command: '/usr/bin/docker', prefix: ['build'], env: { DOCKER_BUILDKIT: '1' } };
    expect(buildCommand(def, '/w', builtin)).toEqual({
      dockerfile: '/w/web/Dockerfile',
      command: '/usr/bin/docker',
      argv: ['build', ...flags, '/w/web'],
      env: { DOCKER_BUILDKIT: '1' },
    });
    const buildx: BuildCli = { ...cli, command: '/usr/local/bin/docker', prefix: ['buildx', 'build'], kind: 'buildx' };
    expect(buildCommand(def, '/w', buildx).argv).toEqual(['buildx', 'build', ...flags, '--load', '/w/web']);
  });
  it('build: without a BuildKit CLI, the classic builder of the docker on PATH, and it says so', () => {
    const c = buildCommand(def, '/w', undefined);
    expect(c).toMatchObject({ command: 'docker', env: { DOCKER_BUILDKIT: '0' } });
    expect(c.argv).toEqual(['build', '-f', '/w/web/Dockerfile', '-t', 'a:1', '--build-arg', 'V=1 2', '/w/web']);
    expect(c.classic).toMatch(/classic builder/);
  });
  it('run: detached by default, the image after --', () => {
    expect(
      runArgv({ type: 'stevedore-run', image: 'a:1', name: 'n', ports: ['127.0.0.1:9229:9229'], command: ['-x'] }),
    ).toEqual(['run', '-d', '--name', 'n', '-p', '127.0.0.1:9229:9229', '--', 'a:1', '-x']);
  });
  it('definitionProblem names the missing field', () => {
    expect(definitionProblem({ type: 'stevedore-build' })).toMatch(/"tag"/);
    expect(definitionProblem({ type: 'stevedore-compose', command: 'explode' })).toMatch(/"command"/);
    expect(definitionProblem({ type: 'stevedore-run', image: 'x' })).toBeUndefined();
  });
});
