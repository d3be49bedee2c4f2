// The vscode-languageserver-types values used here, bound once. The package is CommonJS: each module importing it
// on its own makes a bundle copy all its 85 exports again when it loads (five such imports cost the Dockerfile lint
// unit 1 ms of load). DiagnosticSeverity and DiagnosticTag are in diagnosticKinds.ts, which does not load it.
import * as lib from 'vscode-languageserver-types';

export const CodeActionKind = lib.CodeActionKind;
export type CodeActionKind = lib.CodeActionKind;
export const CompletionItemKind = lib.CompletionItemKind;
export type CompletionItemKind = lib.CompletionItemKind;
export const MarkupKind = lib.MarkupKind;
export type MarkupKind = lib.MarkupKind;
export const SymbolKind = lib.SymbolKind;
export type SymbolKind = lib.SymbolKind;
