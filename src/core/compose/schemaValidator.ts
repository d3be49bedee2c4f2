// The compose-spec validator: ajv (JSON Schema draft 2020-12, as the schema declares) compiles it from the schema and
// src/core/compose/schema/ajv-options.json. The bundles do not run this module: scripts/build.mjs puts ajv's
// standalone code for the same schema and options in its place (scripts/composeValidator.mjs), so a process does not
// spend ~150 ms compiling it.
import type { Options, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import options from './schema/ajv-options.json';
import schemaJson from './schema/compose-spec.json';

export function compileValidator(): ValidateFunction {
  return new Ajv2020(options as Options).compile(schemaJson);
}
