// The vscode-languageserver-types values used here, bound once. The package is CommonJS: each module importing it
// on its own makes a bundle copy all its 85 exports again when it loads (1 ms of every `stevedore lint` with five).
// DiagnosticSeverity and DiagnosticTag: diagnosticKinds.ts.
import * as lib from 'vscode-languageserver-types';

export const CodeActionKind = lib.CodeActionKind;
export type CodeActionKind = lib.CodeActionKind;
export const CompletionItemKind = lib.CompletionItemKind;
export type CompletionItemKind = lib.CompletionItemKind;
export const MarkupKind = lib.MarkupKind;
export type MarkupKind = lib.MarkupKind;
export const SymbolKind = lib.SymbolKind;
export type SymbolKind = lib.SymbolKind;
