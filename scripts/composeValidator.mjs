// The compose-spec validator, precompiled for the bundles: an esbuild plugin that loads, in place of
// src/core/compose/schemaValidator.ts, ajv's standalone code for the same schema and options. Same
// validation function; what the bundles skip is compiling it (~150 ms) in every process that validates.
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** ESM source exporting compileValidator(), like schemaValidator.ts, for the schema files in `schemaDir`. */
export function composeValidatorSource(schemaDir) {
  const options = JSON.parse(readFileSync(join(schemaDir, 'ajv-options.json'), 'utf8'));
  // as schemaValidator.ts: the schema declares JSON Schema draft 2020-12
  const schema = JSON.parse(readFileSync(join(schemaDir, 'compose-spec.json'), 'utf8'));
  const ajv = new Ajv2020({ ...options, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `${code}\nexport function compileValidator() { return validate; }\n`;
}

export const composeValidatorPlugin = {
  name: 'compose-validator',
  setup(build) {
    const cache = new Map();
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]compose[\\/]schemaValidator\.ts$/ }, (args) => {
      const schemaDir = join(dirname(args.path), 'schema');
      const watchFiles = ['ajv-options.json', 'compose-spec.json'].map((f) => join(schemaDir, f));
      const key = watchFiles.map((f) => readFileSync(f, 'utf8')).join('\0');
      if (cache.get(args.path)?.key !== key) cache.set(args.path, { key, contents: composeValidatorSource(schemaDir) });
      return { contents: cache.get(args.path).contents, loader: 'js', resolveDir: dirname(args.path), watchFiles };
    });
  },
};
