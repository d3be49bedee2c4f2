// The vendored compose-spec schema must not fall behind a published one. Offline, the published copy at hand is the one
// the `dclint` npm package bundles (node_modules/dclint/schemas/compose.schema.json, taken from compose-spec): every key
// path it allows must be allowed here too, so an `npm update dclint` that brings a newer schema fails this test until
// the vendored copy is refreshed (see README.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaKeyPaths } from './keyPaths';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Parameters<typeof schemaKeyPaths>[0];
const vendored = read(join(__dirname, 'compose-spec.json'));
const published = read(
  join(createRequire(__filename).resolve('dclint/package.json'), '../schemas/compose.schema.json'),
);

describe('vendored compose schema (unit)', () => {
  it('allows every key the schema published in the dclint package allows', () => {
    const ours = schemaKeyPaths(vendored);
    const missing = [...schemaKeyPaths(published)].filter((p) => !ours.has(p));
    expect(missing, 'the published schema has keys the vendored one lacks: refresh it (README.md)').toEqual([]);
  });

  it('has the keys of the current Compose Specification', () => {
    const ours = schemaKeyPaths(vendored);
    for (const p of [
      'services.*.build.provenance',
      'services.*.build.sbom',
      'services.*.build.no_cache_filter',
      'services.*.pre_start',
      'services.*.post_start',
      'services.*.use_api_socket',
      'configs.*.template_driver',
      'secrets.*.template_driver',
      'secrets.*.driver',
      'secrets.*.driver_opts',
      'models',
    ])
      expect(ours, p).toContain(p);
  });

  it('finds a key that one schema adds and the other lacks', () => {
    const base = { properties: { services: { patternProperties: { '^[a-z]+$': { $ref: '#/$defs/s' } } } } };
    const older = { ...base, $defs: { s: { properties: { image: {} } } } };
    const newer = { ...base, $defs: { s: { properties: { image: {}, sbom: {} } } } };
    const ours = schemaKeyPaths(older);
    expect([...schemaKeyPaths(newer)].filter((p) => !ours.has(p))).toEqual(['services.*.sbom']);
  });
});
