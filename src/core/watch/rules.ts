// Compose's `develop.watch` rules of a compose file, read here so they work with every compose CLI. Compose v1
// rejects the `develop` key, so `x-develop` (same shape, an extension field v1 accepts) is read too.
import * as path from 'node:path';
import { parse } from 'yaml';

export type WatchAction = 'sync' | 'sync+restart' | 'rebuild';
const ACTIONS: readonly string[] = ['sync', 'sync+restart', 'rebuild'];

export interface WatchRule {
  service: string;
  action: WatchAction;
  /** absolute host path (file or directory) */
  path: string;
  /** absolute container path the host path maps to (sync actions) */
  target?: string;
  /** dockerignore-style patterns, relative to `path` */
  ignore: string[];
}

export interface WatchRules {
  rules: WatchRule[];
  /** rules skipped, each with the reason (shown in the output channel) */
  problems: string[];
}

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `composeDir`: the directory relative paths are resolved against (the first compose file's). */
export function watchRules(text: string, composeDir: string): WatchRules {
  const rules: WatchRule[] = [];
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 1000 });
  } catch (e) {
    return { rules, problems: [`the compose file is not valid YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  const services = isMap(doc) && isMap(doc.services) ? doc.services : {};
  for (const [service, def] of Object.entries(services)) {
    if (!isMap(def)) continue;
    const develop = isMap(def.develop) ? def.develop : isMap(def['x-develop']) ? def['x-develop'] : undefined;
    const watch = develop?.watch;
    if (!Array.isArray(watch)) continue;
    watch.forEach((w: unknown, i) => {
      const where = `${service}: watch rule ${i + 1}`;
      if (!isMap(w) || typeof w.path !== 'string') return problems.push(`${where} has no path`);
      if (typeof w.action !== 'string' || !ACTIONS.includes(w.action))
        return problems.push(`${where}: action '${String(w.action)}' is not one of ${ACTIONS.join(', ')}`);
      const action = w.action as WatchAction;
      if (action !== 'rebuild' && (typeof w.target !== 'string' || !w.target.startsWith('/')))
        return problems.push(`${where}: ${action} needs an absolute target (the path in the container)`);
      const ignore = Array.isArray(w.ignore) ? w.ignore.filter((x): x is string => typeof x === 'string') : [];
      rules.push({
        service,
        action,
        path: path.resolve(composeDir, w.path),
        ...(action !== 'rebuild' ? { target: path.posix.normalize(w.target as string) } : {}),
        ignore,
      });
    });
  }
  return { rules, problems };
}
