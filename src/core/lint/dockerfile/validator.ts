// dockerfile-utils' validator (what the Docker parser rejects), run once per text on our shared parse.
import type { ValidatorSettings } from 'dockerfile-utils';
// plain require()s in the bundle, without esbuild's copy of every export (see ast.ts)
import utils = require('dockerfile-utils/lib/main');
import validatorLib = require('dockerfile-utils/lib/dockerValidator');
const { ValidationCode, ValidationSeverity } = utils;
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { withSharedParse } from './parse';

// duplicate-stage-name (DuplicateStageName) reports duplicate stage names, so the validator's own pass over every
// FROM, whose findings syntax-error drops (CLAIMED_CODES), is skipped
// (a private method in the library's types, hence the prototype assignment)
class Validator extends validatorLib.Validator {}
(Validator.prototype as unknown as Record<string, unknown>).createDuplicateBuildStageNameDiagnostics = () => undefined;

// Checks we implement as our own rules (with BuildKit/hadolint aliases and fixes) are switched off here.
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

let last: { text: string; diagnostics: Diagnostic[] } | undefined;

/** `doc` is handed to the validator directly (its own validate() would build another TextDocument). */
export function validatorDiagnostics(doc: TextDocument): Diagnostic[] {
  const text = doc.getText();
  if (last?.text === text) return last.diagnostics;
  let diagnostics: Diagnostic[];
  try {
    diagnostics = withSharedParse(text, () => new Validator(SETTINGS).validate(doc));
  } catch {
    diagnostics = [];
  }
  last = { text, diagnostics };
  return diagnostics;
}

export { ValidationCode };
