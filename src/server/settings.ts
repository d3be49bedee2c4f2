// Editor settings (+ .hadolint.yaml) → core LintSettings, per document.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findHadolintConfig, loadHadolintConfig, mergeHadolintConfig, type HadolintConfig } from '../core/lint/config';
import { isSeverity } from '../core/lint/rule';
import { DEFAULT_LINT_SETTINGS, type LintSettings, type Severity } from '../core/lint/types';
import type { LintUserSettings } from '../shared/lintProtocol';

export const DEFAULT_DEBOUNCE_MS = 200;

// .hadolint.yaml per directory, looked up once; cleared when watched files or settings change
const configs = new Map<string, Promise<HadolintConfig | undefined>>();
export function clearConfigCache(): void {
  configs.clear();
}
function configFor(dir: string): Promise<HadolintConfig | undefined> {
  let p = configs.get(dir);
  if (!p) {
    const file = findHadolintConfig(dir);
    p = file
      ? loadHadolintConfig(file).then(
          (r) => r.config,
          () => undefined,
        )
      : Promise.resolve(undefined);
    configs.set(dir, p);
  }
  return p;
}

export async function toLintSettings(user: LintUserSettings | undefined, uri: string): Promise<LintSettings> {
  const rules: Record<string, Severity> = {};
  for (const [k, v] of Object.entries(user?.rules ?? {})) if (isSeverity(v)) rules[k] = v;
  let settings: LintSettings = {
    ...DEFAULT_LINT_SETTINGS,
    rules,
    ignore: user?.ignore ?? [],
    engineChecks: user?.engineChecks ?? true,
    ...(user?.trustedRegistries?.length ? { trustedRegistries: user.trustedRegistries } : {}),
  };
  if (user?.hadolintConfig !== false && uri.startsWith('file:')) {
    try {
      const config = await configFor(dirname(fileURLToPath(uri)));
      if (config) settings = mergeHadolintConfig(settings, config);
    } catch {
      // an unreadable config file must not stop linting
    }
  }
  return settings;
}
