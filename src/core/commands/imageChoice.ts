// "Run…: which image?" from the palette: a local tag, or a name the engine does not have yet (pulled first).
import type { ImageSummary } from '../engine/types';
import { fullReference } from '../messages/push';
import type { TargetOf } from './targets';

export type ImageChoice = { local: TargetOf<'image'> } | { pull: string };

/** The reference with its tag ("nginx" → "nginx:latest"), as it is pulled and then found among the local tags. */
export function withTag(ref: string): string {
  const lastPart = ref.slice(ref.lastIndexOf('/') + 1);
  return /[:@]/.test(lastPart) ? ref : `${ref}:latest`;
}

/** docker.io/library/nginx:latest for nginx, docker.io/nginx and index.docker.io/library/nginx:latest alike */
function canonical(ref: string): string {
  return fullReference(ref).replace(
    /^(?:index\.|registry-1\.)?docker\.io\/(?:library\/)?([^/]+)$/,
    'docker.io/library/$1',
  );
}

/** The local image tagged `ref` (docker.io/library/nginx:latest and nginx mean the same), if any. */
export function localImage(ref: string, images: readonly ImageSummary[]): TargetOf<'image'> | undefined {
  const want = canonical(ref);
  for (const i of images)
    for (const tag of i.repoTags)
      if (canonical(tag) === want) return { kind: 'image', id: i.id, name: tag, record: i, tag };
  return undefined;
}

/** What a typed name means: the local image it names, else a reference to pull before running it. */
export function chooseImage(typed: string, images: readonly ImageSummary[]): ImageChoice {
  const ref = typed.trim();
  const local = localImage(ref, images);
  return local ? { local } : { pull: withTag(ref) };
}

/** The pick's row for a name the engine does not have. */
export const pullFirstText = (ref: string) => `not on this engine: pull ${withTag(ref)}, then run it`;
