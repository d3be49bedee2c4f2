// Past a size, the server runs only the quick checks (the file's syntax, duplicate stage names and keys) and says
// so in one info diagnostic: a generated Dockerfile or compose file must not hold the message loop (hover,
// completion, the other documents) for a second or more at every pause in typing. The CLI runs every rule at any size.
// 64 KB: a Dockerfile that size is about 2,000 lines (real ones are rarely over 10 KB). The worst documents of the
// fuzz (`npm run fuzz`: thousands of stages and findings) took about 9 ms of the server per KB with every rule, so
// past about 100 KB a lint could hold the server for over a second; 64 KB leaves room for a busy machine.
import type { Diagnostic } from 'vscode-languageserver-types';
import { notices } from '../core/lint/notices';
import type { LintSettings } from '../core/lint/types';

export const LARGE_FILE_BYTES = 64 * 1024;

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
