// A compose service's `build:` section as a build form: context, dockerfile, args, target, platforms, labels,
// no_cache, pull and file secrets, resolved against the compose file's folder. Variables are not interpolated.
import { basename, dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { emptyForm, type BuildForm } from './buildForm';

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** `args`/`labels` as a map or a list of "K=V" (a bare "K" takes its value from the environment: left out here). */
function keyValues(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const item of v) {
      const [k = '', ...rest] = String(item).split('=');
      if (k && rest.length) out[k] = rest.join('=');
    }
  } else if (isMap(v)) {
    for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out[k] = String(val);
  }
  return out;
}

/** The services of a compose file that have a `build:` section. */
export function buildableServices(text: string): string[] {
  const doc = parseDocument(text, { merge: true }).toJS({ maxAliasCount: 100 }) as unknown;
  const services = isMap(doc) && isMap(doc.services) ? doc.services : {};
  return Object.entries(services)
    .filter(([, s]) => isMap(s) && (typeof s.build === 'string' || isMap(s.build)))
    .map(([name]) => name);
}

export function composeServiceForm(text: string, composeFile: string, service: string): BuildForm {
  const doc = parseDocument(text, { merge: true }).toJS({ maxAliasCount: 100 }) as unknown;
  const svc = isMap(doc) && isMap(doc.services) ? doc.services[service] : undefined;
  if (!isMap(svc) || !(typeof svc.build === 'string' || isMap(svc.build)))
    throw new Error(`Service "${service}" has no build: section in ${composeFile}.`);
  const b: Json = typeof svc.build === 'string' ? { context: svc.build } : svc.build;
  const base = dirname(composeFile);
  const contextDir = resolve(base, typeof b.context === 'string' ? b.context : '.');
  const dockerfile = resolve(contextDir, typeof b.dockerfile === 'string' ? b.dockerfile : 'Dockerfile');
  const project = (isMap(doc) && typeof doc.name === 'string' ? doc.name : basename(base))
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '');
  const topSecrets = isMap(doc) && isMap(doc.secrets) ? doc.secrets : {};
  const secrets = (Array.isArray(b.secrets) ? b.secrets : []).flatMap((s: unknown) => {
    const name = typeof s === 'string' ? s : isMap(s) && typeof s.source === 'string' ? s.source : undefined;
    const def = name ? topSecrets[name] : undefined;
    if (!name || !isMap(def)) return [];
    if (typeof def.file === 'string') return [`id=${name},src=${resolve(base, def.file)}`];
    if (typeof def.environment === 'string') return [`id=${name},env=${def.environment}`];
    return [];
  });
  return {
    ...emptyForm(contextDir, dockerfile),
    tags: [typeof svc.image === 'string' ? svc.image : `${project}-${service}`],
    target: typeof b.target === 'string' ? b.target : undefined,
    buildArgs: keyValues(b.args),
    labels: keyValues(b.labels),
    platforms: Array.isArray(b.platforms) ? b.platforms.map(String) : [],
    noCache: b.no_cache === true,
    pull: b.pull === true,
    secrets,
  };
}
