// dockerfile-utils' validator (what the Docker parser rejects), run once per text through its public `validate`,
// over the model the lint already parsed (the fork's `DockerfileParser.reusing`), not a second parse of the text.
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { validate, ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import type { Diagnostic } from 'vscode-languageserver-types';
import { withBuildKitContinuations } from './continuations';

// Checks we implement as our own rules (with BuildKit/hadolint aliases and fixes) are switched off here. Its
// duplicate-stage-name findings have no setting: syntax-error drops them (duplicate-stage-name reports those).
export const VALIDATOR_SETTINGS: ValidatorSettings = {
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

/** `dockerfile`: the model of the text's BuildKit-continued form, as parse.ts makes it (parsed again when absent). */
export function validatorDiagnostics(doc: { getText(): string }, dockerfile?: Dockerfile): Diagnostic[] {
  const text = doc.getText();
  if (last?.text === text) return last.diagnostics;
  let diagnostics: Diagnostic[];
  try {
    const source = withBuildKitContinuations(text);
    diagnostics = dockerfile
      ? DockerfileParser.reusing(source, dockerfile, () => validate(source, VALIDATOR_SETTINGS))
      : validate(source, VALIDATOR_SETTINGS);
  } catch {
    diagnostics = [];
  }
  last = { text, diagnostics };
  return diagnostics;
}

export { ValidationCode };
