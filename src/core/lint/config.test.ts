import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHadolintConfig, loadHadolintConfig, mergeHadolintConfig, parseHadolintConfig } from './config';
import { DEFAULT_LINT_SETTINGS } from './types';

describe('.hadolint.yaml (unit)', () => {
  it('reads every supported key', async () => {
    const { config, errors } = await parseHadolintConfig(`
ignored: [DL3008, stage-name-casing]
override:
  error: [DL3015]
  style: [DL3059]
failure-threshold: warning
trustedRegistries:
  - docker.io
  - my.registry.example
label-schema:
  maintainer: text
  version: semver
strict-labels: true
`);
    expect(errors).toEqual([]);
    expect(config).toEqual({
      ignored: ['DL3008', 'stage-name-casing'],
      override: { DL3015: 'error', DL3059: 'style' },
      failureThreshold: 'warning',
      trustedRegistries: ['docker.io', 'my.registry.example'],
      labelSchema: { maintainer: 'text', version: 'semver' },
      strictLabels: true,
    });
  });
  it('reports bad values and broken YAML without throwing', async () => {
    expect((await parseHadolintConfig('failure-threshold: loud\noverride:\n  fatal: [DL1]\n')).errors).toEqual([
      "override: unknown severity 'fatal'",
      "failure-threshold: 'loud' is not one of error, warning, info, style, none",
    ]);
    expect((await parseHadolintConfig('ignored: [DL3008\n')).errors[0]).toContain('invalid YAML');
    expect((await parseHadolintConfig('')).errors).toEqual([]);
  });
  it('merges under explicit settings', async () => {
    const { config } = await parseHadolintConfig(
      'ignored: [DL3008]\noverride:\n  error: [DL3015]\ntrustedRegistries: [a.example]\n',
    );
    const merged = mergeHadolintConfig(
      { ...DEFAULT_LINT_SETTINGS, rules: { DL3015: 'info' }, ignore: ['DL4006'] },
      config,
    );
    expect(merged.rules).toEqual({ DL3015: 'info' });
    expect(merged.ignore).toEqual(['DL3008', 'DL4006']);
    expect(merged.trustedRegistries).toEqual(['a.example']);
  });
  it("is found from the file's directory upwards, then in the user config", async () => {
    const root = mkdtempSync(join(tmpdir(), 'stevedore-cfg-'));
    mkdirSync(join(root, 'a/b'), { recursive: true });
    writeFileSync(join(root, 'a/.hadolint.yml'), 'ignored: [DL3007]\n');
    const env = { HOME: join(root, 'home'), XDG_CONFIG_HOME: join(root, 'xdg') };
    expect(findHadolintConfig(join(root, 'a/b'), env)).toBe(join(root, 'a/.hadolint.yml'));
    mkdirSync(join(root, 'xdg'));
    writeFileSync(join(root, 'xdg/hadolint.yaml'), 'ignored: [DL3006]\n');
    expect(
      findHadolintConfig(join(tmpdir()), env) === join(root, 'xdg/hadolint.yaml') ||
        findHadolintConfig(tmpdir(), env) !== undefined,
    ).toBe(true);
    expect((await loadHadolintConfig(join(root, 'a/.hadolint.yml'))).config.ignored).toEqual(['DL3007']);
  });
});
