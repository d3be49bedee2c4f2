import { describe, expect, it } from 'vitest';
import { locateBuildError } from './buildError';
import { buildArgv, definitionProblem, runArgv } from './definitions';

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
  it('build: Dockerfile and context resolved against the folder, plain progress, args in order', () => {
    expect(
      buildArgv({ type: 'stevedore-build', tag: 'a:1', dockerfile: 'web/Dockerfile', buildArgs: { V: '1 2' } }, '/w'),
    ).toEqual({
      dockerfile: '/w/web/Dockerfile',
      argv: ['build', '--progress=plain', '-f', '/w/web/Dockerfile', '-t', 'a:1', '--build-arg', 'V=1 2', '/w/web'],
    });
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
