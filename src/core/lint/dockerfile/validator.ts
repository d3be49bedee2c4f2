// dockerfile-utils' validator (what the Docker parser rejects), run once per text through its public `validate`.
import { validate, ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import type { Diagnostic } from 'vscode-languageserver-types';
import { withBuildKitContinuations } from './continuations';

// Checks we implement as our own rules (with BuildKit/hadolint aliases and fixes) are switched off here. Its
// duplicate-stage-name findings have no setting: syntax-error drops them (duplicate-stage-name reports those).
const SETTINGS: ValidatorSettings = {
  deprecatedMaintainer: ValidationSeverity.IGNORE,
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.WARNING,
  instructionCasing: ValidationSeverity.IGNORE,
  instructionCmdMultiple: ValidationSeverity.IGNORE,
  instructionEntrypointMultiple: ValidationSeverity.IGNORE,
  instructionHealthcheckMultiple: ValidationSeverity.IGNORE,
  instructionJSONInSingleQuotes: ValidationSeverity.WARNING,
  instructionWorkdirRelative: ValidationSeverity.IGNORE,
};

// two rules (syntax-error, no-empty-continuation) read the same run
let last: { text: string; diagnostics: Diagnostic[] } | undefined;

export function validatorDiagnostics(doc: { getText(): string }): Diagnostic[] {
  const text = doc.getText();
  if (last?.text === text) return last.diagnostics;
  let diagnostics: Diagnostic[];
  try {
    diagnostics = validate(withBuildKitContinuations(text), SETTINGS);
  } catch {
    diagnostics = [];
  }
  last = { text, diagnostics };
  return diagnostics;
}

export { ValidationCode };
