// Diagnostics about the lint itself rather than about the file's content: a file the lint could not read, a node
// nested too deeply to check, a file so large only the cheap rules ran, a check that failed. They carry our source
// and a stable code, no rule (they cannot be configured off: each says why part of the file went unchecked).
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from './types';

export type NoticeCode = 'file-not-read' | 'too-deeply-nested' | 'large-file' | 'check-failed';

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function notice(
  code: NoticeCode,
  message: string,
  range: Range = TOP,
  severity: DiagnosticSeverity = DiagnosticSeverity.Warning,
): Diagnostic {
  return { range, message, severity, code, source: DIAGNOSTIC_SOURCE };
}

export const notices = {
  fileNotRead: (file: string, reason: string, range?: Range) =>
    notice('file-not-read', `${file} was not read: ${reason}`, range),
  tooDeep: (what: string, range: Range) =>
    notice('too-deeply-nested', `${what} is too deeply nested to check`, range, DiagnosticSeverity.Information),
  largeFile: (bytes: number, limit: number) =>
    notice(
      'large-file',
      `This file is ${bytes} bytes, over ${limit}: only the quick checks ran here (syntax, duplicate names); \`stevedore lint\` runs every rule`,
      TOP,
      DiagnosticSeverity.Information,
    ),
  checkFailed: (what: string, reason: string, range?: Range) =>
    notice('check-failed', `${what} could not be checked: ${reason}`, range, DiagnosticSeverity.Error),
};
