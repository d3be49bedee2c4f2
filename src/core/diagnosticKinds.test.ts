import * as lsp from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, DiagnosticTag } from './diagnosticKinds';

describe('diagnostic kinds (unit)', () => {
  it('are the values of vscode-languageserver-types', () => {
    expect(DiagnosticSeverity).toEqual({ ...lsp.DiagnosticSeverity });
    expect(DiagnosticTag).toEqual({ ...lsp.DiagnosticTag });
  });
});
