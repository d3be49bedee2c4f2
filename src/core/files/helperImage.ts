// Which local image a volume helper can use without asking: small, well-known images that ship sh, find, stat and tar.

const known = ['busybox', 'alpine', 'debian', 'ubuntu'];

/** The first tag (in the order of `known`) naming a well-known image, e.g. `busybox:latest` or `me/alpine:3`. */
export function pickHelperCandidate(tags: readonly string[]): string | undefined {
  for (const name of known) {
    const re = new RegExp(`(^|/)${name}:[^/]+$`);
    const hit = tags.find((t) => re.test(t));
    if (hit) return hit;
  }
  return undefined;
}
