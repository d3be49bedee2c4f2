// The compose-spec schema is vendored from the dclint package (see README.md); a dclint update that brings a newer
// schema fails here until the copy is refreshed, so the two never drift apart unnoticed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('vendored compose schema (unit)', () => {
  it('is identical to the copy in node_modules/dclint/schemas/compose.schema.json', () => {
    const require = createRequire(__filename);
    const dclintDir = join(require.resolve('dclint/package.json'), '..');
    const maintained = readFileSync(join(dclintDir, 'schemas/compose.schema.json'), 'utf8');
    const vendored = readFileSync(join(__dirname, 'compose-spec.json'), 'utf8');
    expect(
      JSON.parse(vendored),
      'refresh with: cp node_modules/dclint/schemas/compose.schema.json src/core/compose/schema/compose-spec.json',
    ).toEqual(JSON.parse(maintained));
    expect(vendored).toBe(maintained);
  });
});
