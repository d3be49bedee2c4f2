// How compose combines a service declared in several files (`-f base -f override`, compose.override.yaml,
// COMPOSE_FILE): compose-go's override.Merge with its special cases, then EnforceUnicity (override/merge.go and
// override/uncity.go). Works on plain values (yaml's toJS), never throws; a shape compose refuses to merge (a
// mapping over a list) keeps the override's value.

type Value = unknown;
type Mapping = Record<string, Value>;

const isMapping = (v: Value): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);

type Merger = (base: Value, over: Value, path: string[]) => Value;

/** compose-go's mergeSpecials, as paths below `services.<name>` (`*` matches one key) */
const SPECIALS: [string, Merger][] = [
  ['annotations', toSequence],
  ['build', mergeBuild],
  ['build.args', toSequence],
  ['build.additional_contexts', toSequence],
  ['build.extra_hosts', extraHosts],
  ['build.labels', toSequence],
  ['command', (_b, o) => o],
  ['depends_on', dependsOn],
  ['deploy.labels', toSequence],
  ['dns', toSequence],
  ['dns_opt', toSequence],
  ['dns_search', toSequence],
  ['entrypoint', (_b, o) => o],
  ['env_file', toSequence],
  ['label_file', toSequence],
  ['environment', toSequence],
  ['extra_hosts', extraHosts],
  ['healthcheck.test', (_b, o) => o],
  ['labels', toSequence],
  ['volumes.*.volume.labels', toSequence],
  ['logging', logging],
  ['models', (b, o, p) => mergeMappings(toMapping(b) ?? {}, toMapping(o) ?? {}, p)],
  ['networks', (b, o, p) => mergeMappings(toMapping(b) ?? {}, toMapping(o) ?? {}, p)],
  ['sysctls', toSequence],
  ['tmpfs', toSequence],
];

const matches = (pattern: string, path: string[]) => {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === path[i]);
};

function mergeValue(base: Value, over: Value, path: string[]): Value {
  for (const [pattern, merge] of SPECIALS) if (matches(pattern, path)) return merge(base, over, path);
  if (over === undefined || over === null) return base;
  if (isMapping(base) && isMapping(over)) return mergeMappings(base, over, path);
  if (Array.isArray(base) && Array.isArray(over)) return [...base, ...over];
  return over;
}

function mergeMappings(base: Mapping, over: Mapping, path: string[]): Mapping {
  const out: Mapping = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeValue(base[k], v, [...path, k]) : v;
  return out;
}

function mergeBuild(base: Value, over: Value, path: string[]): Value {
  const toBuild = (v: Value): Mapping => (typeof v === 'string' ? { context: v } : isMapping(v) ? v : {});
  return mergeMappings(toBuild(base), toBuild(over), path);
}

function dependsOn(base: Value, over: Value, path: string[]): Value {
  const dflt = { condition: 'service_started', required: true };
  return mergeMappings(toMapping(base, dflt) ?? {}, toMapping(over, dflt) ?? {}, path);
}

function logging(base: Value, over: Value, path: string[]): Value {
  if (!isMapping(base) || !isMapping(over)) return over ?? base;
  // options merge only when both name the same driver (or one names none)
  if (!('driver' in over) || !('driver' in base) || over.driver === base.driver) return mergeMappings(base, over, path);
  return over;
}

function extraHosts(base: Value, over: Value): Value {
  const b = toSequenceOf(base);
  return [...b, ...toSequenceOf(over).filter((v) => !b.includes(v))];
}

function toSequence(base: Value, over: Value): Value {
  return [...toSequenceOf(base), ...toSequenceOf(over)];
}

/** compose-go's convertIntoSequence: a mapping becomes sorted `key=value` strings (a null value: the bare key) */
function toSequenceOf(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [v];
  if (!isMapping(v)) return [];
  const seq: string[] = [];
  for (const [k, val] of Object.entries(v)) {
    if (val === null || val === undefined) seq.push(k);
    else if (Array.isArray(val)) for (const x of val) seq.push(`${k}=${String(x)}`);
    else seq.push(`${k}=${String(val)}`);
  }
  return seq.sort();
}

/** compose-go's convertIntoMapping: a list of names becomes a mapping (each to a copy of `dflt`, or null) */
function toMapping(v: Value, dflt?: Mapping): Mapping | undefined {
  if (isMapping(v)) return v;
  if (!Array.isArray(v)) return undefined;
  const out: Mapping = {};
  for (const s of v) out[String(s)] = dflt ? { ...dflt } : null;
  return out;
}

// EnforceUnicity: a later entry with the same key replaces the earlier one in place
type Indexer = (v: Value) => string;
const keyValue: Indexer = (v) => String(v).split('=', 1)[0] ?? '';
const mount =
  (dir: string): Indexer =>
  (v) =>
    isMapping(v) ? (typeof v.target === 'string' ? v.target : `${dir}/${String(v.source)}`) : `${dir}/${String(v)}`;
const volumeTarget: Indexer = (v) => {
  if (isMapping(v)) return String(v.target);
  // short syntax: [source:]target[:mode] (a Windows drive letter belongs to its path)
  const parts: string[] = [];
  for (const p of String(v).split(':')) {
    const last = parts.at(-1);
    if (last !== undefined && /^[A-Za-z]$/.test(last) && /^[\\/]/.test(p)) parts[parts.length - 1] = `${last}:${p}`;
    else parts.push(p);
  }
  // split() yields at least one part
  return (parts.length === 1 ? parts[0] : parts[1]) ?? '';
};
const port: Indexer = (v) =>
  isMapping(v)
    ? `${String(v.host_ip ?? '0.0.0.0')}:${String(v.published)}:${String(v.target)}/${String(v.protocol ?? 'tcp')}`
    : String(v);
const UNIQUE: [string, Indexer][] = [
  ['annotations', keyValue],
  ['build.args', keyValue],
  ['build.additional_contexts', keyValue],
  ['build.platform', keyValue],
  ['build.tags', keyValue],
  ['build.labels', keyValue],
  ['cap_add', keyValue],
  ['cap_drop', keyValue],
  ['configs', mount('')],
  ['deploy.labels', keyValue],
  ['devices', (v) => (isMapping(v) ? String(v.target) : (String(v).split(':')[1] ?? String(v)))],
  ['dns', keyValue],
  ['dns_opt', keyValue],
  ['dns_search', keyValue],
  ['environment', keyValue],
  ['env_file', (v) => (isMapping(v) ? String(v.path) : String(v))],
  ['expose', String],
  ['labels', keyValue],
  ['links', keyValue],
  ['networks.*.aliases', keyValue],
  ['networks.*.link_local_ips', keyValue],
  ['ports', port],
  ['profiles', keyValue],
  ['secrets', mount('/run/secrets')],
  ['sysctls', keyValue],
  ['tmpfs', keyValue],
  ['volumes', volumeTarget],
];

function unique(v: Value, path: string[], depth = 0): Value {
  if (depth > 8) return v;
  if (isMapping(v)) {
    const out: Mapping = {};
    for (const [k, x] of Object.entries(v)) out[k] = unique(x, [...path, k], depth + 1);
    return out;
  }
  if (!Array.isArray(v)) return v;
  const index = UNIQUE.find(([p]) => matches(p, path))?.[1];
  if (!index) return v;
  const seq: Value[] = [];
  const at = new Map<string, number>();
  for (const e of v) {
    const key = index(e);
    const j = at.get(key);
    if (j !== undefined) seq[j] = e;
    else at.set(key, seq.push(e) - 1);
  }
  return seq;
}

/** A service as compose sees it after `over` (a later file) is merged onto `base`. */
export function mergeService(base: Mapping, over: Mapping): Mapping {
  return unique(mergeMappings(base, over, []), []) as Mapping;
}
