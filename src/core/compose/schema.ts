// The compose-spec JSON schema: one validator per process (schemaValidator.ts; precompiled in the bundles), and a
// navigator from a document path (["services", "web", "build"]) to the sub-schema, used for hover descriptions and completion.
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from './schema/compose-spec.json';
import { compileValidator } from './schemaValidator';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  deprecated?: boolean;
  default?: unknown;
  required?: string[];
};

export const composeSchema = schemaJson as unknown as JsonSchema & { $defs: Record<string, JsonSchema> };

let compiled: ValidateFunction | undefined;

/** The validator, made once per process (compiled from source: ~150 ms; precompiled in the bundles: free). */
export function schemaValidator(): ValidateFunction {
  compiled ??= compileValidator();
  return compiled;
}

export function validateSchema(value: unknown): ErrorObject[] {
  const v = schemaValidator();
  return v(value) ? [] : [...(v.errors ?? [])];
}

function deref(s: JsonSchema | undefined): JsonSchema | undefined {
  for (let i = 0; s?.$ref && i < 8; i++) s = composeSchema.$defs[s.$ref.replace('#/$defs/', '')];
  return s;
}

/** Every alternative a schema allows (oneOf/anyOf/allOf flattened, refs resolved). */
export function alternatives(s: JsonSchema | undefined): JsonSchema[] {
  const d = deref(s);
  if (!d) return [];
  const subs = [...(d.oneOf ?? []), ...(d.anyOf ?? []), ...(d.allOf ?? [])];
  return subs.length ? [d, ...subs.flatMap(alternatives)] : [d];
}

/** Sub-schemas reachable by one path step (a key or an index). */
export function step(s: JsonSchema | undefined, seg: string | number): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const a of alternatives(s)) {
    if (typeof seg === 'number') {
      if (a.items) out.push(a.items);
      continue;
    }
    const p = a.properties?.[seg];
    if (p) {
      out.push(p);
      continue;
    }
    for (const [re, ps] of Object.entries(a.patternProperties ?? {})) if (new RegExp(re).test(seg)) out.push(ps);
  }
  return out;
}

export function schemasAt(path: readonly (string | number)[]): JsonSchema[] {
  let cur: JsonSchema[] = [composeSchema];
  for (const seg of path) cur = cur.flatMap((s) => step(s, seg));
  return cur;
}

/** The first description found along the alternatives at a path. */
export function describe(path: readonly (string | number)[]): string | undefined {
  for (const s of schemasAt(path)) for (const a of [s, ...alternatives(s)]) if (a.description) return a.description;
  return undefined;
}

/** Keys a mapping at `path` may hold, with their schemas. */
export function keysAt(path: readonly (string | number)[]): Map<string, JsonSchema> {
  const keys = new Map<string, JsonSchema>();
  for (const s of schemasAt(path))
    for (const a of alternatives(s))
      for (const [k, v] of Object.entries(a.properties ?? {})) if (!keys.has(k)) keys.set(k, v);
  return keys;
}

/** Enum values (and booleans) allowed at `path`. */
export function valuesAt(path: readonly (string | number)[]): unknown[] {
  const vals = new Set<unknown>();
  for (const s of schemasAt(path))
    for (const a of alternatives(s)) {
      for (const v of a.enum ?? []) vals.add(v);
      const t = Array.isArray(a.type) ? a.type : [a.type];
      if (t.includes('boolean')) {
        vals.add(true);
        vals.add(false);
      }
    }
  return [...vals];
}
