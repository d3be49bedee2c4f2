import { describe, expect, it } from 'vitest';
import { buildArgv, emptyForm, formLintInputs } from './buildForm';

describe('build form → docker build argv (unit)', () => {
  const base = emptyForm('/ctx', '/ctx/Dockerfile');
  it('passes every setting as its own argv entry, the context after --', () => {
    const argv = buildArgv(
      {
        ...base,
        tags: ['a:1', 'b'],
        target: 'final',
        buildArgs: { X: 'a b;$(id)' },
        platforms: ['linux/arm64'],
        noCache: true,
        pull: true,
        secrets: ['id=tok,src=/s'],
        labels: { l: 'v' },
      },
      '/tmp/iid',
      { load: true },
    );
    expect(argv).toEqual([
      '--progress=plain',
      '--iidfile',
      '/tmp/iid',
      '--file',
      '/ctx/Dockerfile',
      '--tag',
      'a:1',
      '--tag',
      'b',
      '--target',
      'final',
      '--build-arg',
      'X=a b;$(id)',
      '--label',
      'l=v',
      '--platform',
      'linux/arm64',
      '--no-cache',
      '--pull',
      '--secret',
      'id=tok,src=/s',
      '--load',
      '--',
      '/ctx',
    ]);
  });

  it('refuses values the CLI would read as flags, and malformed secrets or platforms', () => {
    expect(() => buildArgv({ ...base, tags: ['--push'] }, 'i')).toThrow(/must not start with "-"/);
    expect(() => buildArgv({ ...base, secrets: ['tok'] }, 'i')).toThrow(/id=NAME,src=PATH/);
    expect(() => buildArgv({ ...base, platforms: ['arm64'] }, 'i')).toThrow(/os\/arch/);
  });
});

describe('formLintInputs (unit)', () => {
  it('takes the Dockerfile, context and string build arguments of a stored form; nothing from a malformed one', () => {
    const form = { ...emptyForm('/ctx', '/ctx/Dockerfile'), buildArgs: { A: '1' } };
    expect(formLintInputs(form)).toEqual({ dockerfile: '/ctx/Dockerfile', contextDir: '/ctx', buildArgs: { A: '1' } });
    expect(formLintInputs({ ...form, buildArgs: { A: 1, B: 'x' } })?.buildArgs).toEqual({ B: 'x' });
    for (const bad of [undefined, null, 'x', { dockerfile: 1, contextDir: '/' }, { dockerfile: '/D' }])
      expect(formLintInputs(bad)).toBeUndefined();
  });
});
