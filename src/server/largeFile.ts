// Past a size, the server runs only the quick checks (the file's syntax, duplicate stage names and keys) and says
// so in one info diagnostic: a generated 5 MB Dockerfile or compose file must not hold the message loop (hover,
// completion, the other documents) for seconds at every pause in typing. The CLI runs every rule at any size.
import type { Diagnostic } from 'vscode-languageserver-types';
import { notices } from '../core/lint/notices';
import type { LintSettings } from '../core/lint/types';

export const LARGE_FILE_BYTES = 512 * 1024;

const QUICK_RULES = new Set(['syntax-error', 'duplicate-stage-name', 'yaml-syntax', 'duplicate-key']);

export const isLarge = (text: string): boolean => text.length > LARGE_FILE_BYTES;

/** Settings that leave only the quick rules on (and no engine checks). */
export function quickSettings(settings: LintSettings, ruleIds: readonly string[]): LintSettings {
  return {
    ...settings,
    engineChecks: false,
    ignore: [...settings.ignore, ...ruleIds.filter((id) => !QUICK_RULES.has(id))],
  };
}

export function withLargeFileNotice(diagnostics: Diagnostic[], bytes: number): Diagnostic[] {
  return [notices.largeFile(bytes, LARGE_FILE_BYTES), ...diagnostics];
}
