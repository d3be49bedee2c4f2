// hadolint's configuration file (.hadolint.yaml), merged into LintSettings so existing setups keep working.
import { existsSync } from 'node:fs';
import { readBounded } from '../files/boundedRead';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { isSeverity } from './rule';
import type { LintSettings, Severity } from './types';

export type FailureThreshold = Exclude<Severity, 'off'> | 'none';
export const FAILURE_THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'] as const;

export interface HadolintConfig {
  ignored: string[];
  /** rule id or alias → severity */
  override: Record<string, Severity>;
  failureThreshold?: FailureThreshold;
  trustedRegistries?: string[];
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** Parses the YAML text; unknown keys are ignored like hadolint does, wrong types are reported. */
export async function parseHadolintConfig(text: string): Promise<{ config: HadolintConfig; errors: string[] }> {
  // loaded on demand: most runs have no config file, and the CLI should not pay for the YAML parser.
  // In the CLI's ESM chunks yaml is a bundled CommonJS module, so the dynamic import only has `default`.
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const parseYaml = mod.parse ?? mod.default?.parse;
  if (typeof parseYaml !== 'function')
    return { config: { ignored: [], override: {} }, errors: ['the YAML parser could not be loaded'] };
  const errors: string[] = [];
  const config: HadolintConfig = { ignored: [], override: {} };
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    return { config, errors: [`invalid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`] };
  }
  if (doc === null || doc === undefined) return { config, errors };
  if (typeof doc !== 'object' || Array.isArray(doc)) return { config, errors: ['the configuration must be a mapping'] };
  const o = doc as Record<string, unknown>;
  config.ignored = strings(o.ignored);
  const override = o.override;
  if (override && typeof override === 'object') {
    for (const [sev, ids] of Object.entries(override as Record<string, unknown>)) {
      if (!isSeverity(sev) || sev === 'off') {
        errors.push(`override: unknown severity '${sev}'`);
        continue;
      }
      for (const id of strings(ids)) config.override[id] = sev;
    }
  }
  const ft = o['failure-threshold'];
  if (typeof ft === 'string') {
    if ((FAILURE_THRESHOLDS as readonly string[]).includes(ft)) config.failureThreshold = ft as FailureThreshold;
    else errors.push(`failure-threshold: '${ft}' is not one of ${FAILURE_THRESHOLDS.join(', ')}`);
  }
  if (o['no-fail'] === true) config.failureThreshold = 'none';
  const trusted = strings(o.trustedRegistries ?? o['trusted-registries']);
  if (trusted.length) config.trustedRegistries = trusted;
  const schema = o['label-schema'];
  if (schema && typeof schema === 'object') {
    config.labelSchema = Object.fromEntries(
      Object.entries(schema as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
  }
  if (typeof o['strict-labels'] === 'boolean') config.strictLabels = o['strict-labels'];
  return { config, errors };
}

/** hadolint's lookup: .hadolint.yaml/.yml from `startDir` upwards, then the user's config locations. */
export function findHadolintConfig(startDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (let dir = startDir; ; dir = dirname(dir)) {
    for (const name of ['.hadolint.yaml', '.hadolint.yml']) {
      const f = join(dir, name);
      if (existsSync(f)) return f;
    }
    if (dirname(dir) === dir) break;
  }
  const home = env.HOME ?? homedir();
  const xdg = env.XDG_CONFIG_HOME ?? join(home, '.config');
  for (const f of [
    join(xdg, 'hadolint.yaml'),
    join(xdg, 'hadolint.yml'),
    join(home, '.hadolint', 'hadolint.yaml'),
    join(home, '.hadolint.yaml'),
  ]) {
    if (existsSync(f)) return f;
  }
  return undefined;
}

export async function loadHadolintConfig(file: string): Promise<{ config: HadolintConfig; errors: string[] }> {
  const read = readBounded(file);
  if (!read.ok) return { config: { override: {}, ignored: [] }, errors: [`${file} was not read: ${read.reason}`] };
  const r = await parseHadolintConfig(read.text);
  return { config: r.config, errors: r.errors.map((e) => `${file}: ${e}`) };
}

/** Config values fill in; explicit settings (editor settings, CLI flags) win. */
export function mergeHadolintConfig(settings: LintSettings, config: HadolintConfig): LintSettings {
  return {
    ...settings,
    rules: { ...config.override, ...settings.rules },
    ignore: [...config.ignored, ...settings.ignore],
    ...((settings.trustedRegistries ?? config.trustedRegistries)
      ? { trustedRegistries: settings.trustedRegistries ?? config.trustedRegistries }
      : {}),
    ...((settings.labelSchema ?? config.labelSchema)
      ? { labelSchema: settings.labelSchema ?? config.labelSchema }
      : {}),
    ...((settings.strictLabels ?? config.strictLabels)
      ? { strictLabels: settings.strictLabels ?? config.strictLabels }
      : {}),
  };
}
