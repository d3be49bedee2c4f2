// The compose-spec validator: ajv compiles it from the schema and src/core/compose/schema/ajv-options.json.
// The bundles do not run this module: scripts/build.mjs puts ajv's standalone code for the same schema and
// options in its place (scripts/composeValidator.mjs), so a process does not spend ~150 ms compiling it.
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import options from './schema/ajv-options.json';
import schemaJson from './schema/compose-spec.json';

export function compileValidator(): ValidateFunction {
  // upstream's $schema is the https draft-07 URL, which ajv does not know by that name: validate as draft-07 without it
  const { $schema: _drop, ...schema } = schemaJson as Record<string, unknown>;
  return new Ajv(options as Options).compile(schema);
}
