// DiagnosticSeverity and DiagnosticTag: the LSP's numbers, typed by vscode-languageserver-types (a test checks them
// against its values) but not loaded from it. The CLI's lint unit needs only these two, and importing the package
// would load its 30 KB once more there (the Dockerfile unit has its own copy, which dockerfile-ast needs).
import type * as lsp from 'vscode-languageserver-types';

export const DiagnosticSeverity: typeof lsp.DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 };
export type DiagnosticSeverity = lsp.DiagnosticSeverity;
export const DiagnosticTag: typeof lsp.DiagnosticTag = { Unnecessary: 1, Deprecated: 2 };
export type DiagnosticTag = lsp.DiagnosticTag;
