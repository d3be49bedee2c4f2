// Every key path a compose JSON schema allows ("services.*.build.provenance"), following $ref (draft-07
// `definitions` and 2020-12 `$defs` alike), properties, items and the oneOf/anyOf/allOf alternatives.
type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  items?: Schema | Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};

export function schemaKeyPaths(
  root: Schema & { definitions?: Record<string, Schema>; $defs?: Record<string, Schema> },
) {
  const defs = { ...root.definitions, ...root.$defs };
  const out = new Set<string>();
  const walk = (s: Schema | undefined, path: string, refs: readonly string[]): void => {
    if (!s || typeof s !== 'object') return;
    if (s.$ref) {
      const name = s.$ref.replace(/^#\/(definitions|\$defs)\//, '');
      if (!refs.includes(name)) walk(defs[name], path, [...refs, name]);
    }
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      const p = path ? `${path}.${k}` : k;
      out.add(p);
      walk(v, p, refs);
    }
    // `^x-` extensions and name patterns: one `*` step
    for (const [re, v] of Object.entries(s.patternProperties ?? {})) if (re !== '^x-') walk(v, `${path}.*`, refs);
    for (const i of [s.items ?? []].flat()) walk(i, `${path}[]`, refs);
    for (const alt of [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])]) walk(alt, path, refs);
  };
  walk(root, '', []);
  return out;
}
