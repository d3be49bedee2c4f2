// Which of the engine's lists a file's engine-aware rules may ask for: known before the engine code loads.

/** The engine's lists the facts are answered from. */
export type FactList = 'images' | 'networks' | 'volumes' | 'containers';

/**
 * The lists a file's engine-aware rules can ask for, judged from its text before it is parsed: what a run may fetch
 * while the rules load. A list left out is still fetched when a rule asks (a key written in an included file, say).
 * Compose: images for `image` (image-not-local, pull-never-image-absent), containers for `ports` and `container_name`
 * (host-port-in-use, container-name-in-use), networks and volumes for `external` (external-resource-missing),
 * volumes for top-level `volumes` (volume-driver-mismatch).
 */
export function listsFor(family: 'dockerfile' | 'compose', text: string): FactList[] {
  if (family === 'dockerfile') return ['images'];
  const lists = new Set<FactList>();
  if (/\bimage["']?\s*:/.test(text)) lists.add('images');
  if (/\b(ports|container_name)\b/.test(text)) lists.add('containers');
  if (/\bexternal\b/.test(text)) {
    lists.add('networks');
    lists.add('volumes');
  }
  if (/^volumes\b/m.test(text)) lists.add('volumes');
  return [...lists];
}
