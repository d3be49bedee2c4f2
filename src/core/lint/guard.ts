// A lint family that throws (a stack overflow on hostile nesting, a bug in a rule) must not leave the editor with
// stale diagnostics or the CLI without output: the file gets one `check-failed` diagnostic naming the reason.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { notices } from './notices';
import type { EngineFacts, LintSettings } from './types';

type Validate = (doc: TextDocument, settings: LintSettings, facts?: EngineFacts) => Promise<Diagnostic[]>;
type Staged = (
  doc: TextDocument,
  settings: LintSettings,
  facts?: EngineFacts,
) => { diagnostics: Diagnostic[]; later?: Promise<Diagnostic[]> };

export const failureReason = (e: unknown): string =>
  e instanceof RangeError && /call stack/i.test(e.message)
    ? 'it is nested too deeply'
    : e instanceof Error
      ? e.message
      : String(e);

const failed = (e: unknown): Diagnostic[] => [notices.checkFailed('This file', failureReason(e))];

export function guardValidate(fn: Validate): Validate {
  return async (doc, settings, facts) => {
    try {
      return await fn(doc, settings, facts);
    } catch (e) {
      return failed(e);
    }
  };
}

export function guardStaged(fn: Staged): Staged {
  return (doc, settings, facts) => {
    try {
      const r = fn(doc, settings, facts);
      return r.later ? { diagnostics: r.diagnostics, later: r.later.catch(() => r.diagnostics) } : r;
    } catch (e) {
      return { diagnostics: failed(e) };
    }
  };
}
