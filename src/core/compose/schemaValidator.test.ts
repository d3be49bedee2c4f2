// The bundles do not compile the compose-spec validator: scripts/composeValidator.mjs puts ajv's standalone code
// in place of schemaValidator.ts. Bundle that module the way scripts/build.mjs does and check it judges alike.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileValidator } from './schemaValidator';

const CASES: [string, unknown][] = [
  [
    'valid',
    {
      name: 'app',
      services: {
        web: {
          image: 'nginx:1.27',
          ports: ['127.0.0.1:8080:80'],
          depends_on: { db: { condition: 'service_healthy' } },
        },
        db: { image: 'postgres:16' },
      },
      volumes: { data: {} },
    },
  ],
  [
    'unknown keys and a misspelt one',
    {
      services: { web: { imagee: 'nginx', build: { contxt: '.' } } },
      networks: { front: { drivr: 'bridge' } },
      foo: 1,
    },
  ],
  ['wrong types', { services: { web: { image: 'nginx', ports: '8080:80', restart: 5, environment: 'A=1' } } }],
  [
    'enum and oneOf',
    {
      services: {
        web: { image: 'nginx', pull_policy: 'sometimes', depends_on: { db: { condition: 'service_started_ok' } } },
      },
    },
  ],
  ['not an object', ['services']],
];

const strip = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message, parentSchema }) => ({
    instancePath,
    schemaPath,
    keyword,
    params,
    message,
    parentSchema,
  }));

let dir: string;
let bundle: string;
let standalone: ValidateFunction;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stv-validator-'));
  const { composeValidatorPlugin } = (await import(
    pathToFileURL(resolve(__dirname, '../../../scripts/composeValidator.mjs')).href
  )) as { composeValidatorPlugin: esbuild.Plugin };
  const out = join(dir, 'validator.cjs');
  await esbuild.build({
    entryPoints: [resolve(__dirname, 'schemaValidator.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
    plugins: [composeValidatorPlugin],
  });
  bundle = readFileSync(out, 'utf8');
  standalone = (createRequire(__filename)(out) as { compileValidator(): ValidateFunction }).compileValidator();
}, 30_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('precompiled compose-spec validator', () => {
  it('carries no schema compiler: the validation code is generated at build time', () => {
    expect(bundle).not.toMatch(/node_modules\/ajv\/dist\/(core|compile\/index)\.js/);
    expect(bundle).toContain('compose_spec.json');
  });

  it.each(CASES)('judges %s like the validator compiled at run time', (_name, doc) => {
    const compiled = compileValidator();
    const ok = compiled(doc);
    expect(standalone(doc)).toBe(ok);
    expect(strip(standalone.errors)).toEqual(strip(compiled.errors));
    if (_name !== 'valid') expect(ok).toBe(false);
  });
});
