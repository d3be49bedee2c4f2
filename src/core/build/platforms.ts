// Which builders can build several platforms in one build. The engine's own image store (Docker before the
// containerd store) keeps one platform per image, so only buildx, whose builder can export a multi-platform
// image (to a registry, or to a containerd image store), is handed a list; the others are refused before they
// run, with the reason and the way out.

/** The builder a build would use: buildx, the BuildKit inside a docker CLI < 23, or the Engine API's classic one. */
export type BuilderKind = 'buildx' | 'builtin' | 'classic';

/** Why these platforms cannot be built in one go with this builder, or undefined when they can (or one is asked). */
export function platformsRefusal(platforms: readonly string[], builder: BuilderKind): string | undefined {
  if (platforms.length < 2 || builder === 'buildx') return undefined;
  const list = platforms.join(', ');
  const way =
    'Build one platform at a time (a tag for each), or install the docker buildx plugin and build with a ' +
    'docker-container builder that pushes the multi-platform image to a registry.';
  if (builder === 'builtin')
    return (
      `${platforms.length} platforms in one build (${list}) need buildx: the BuildKit built into this docker ` +
      `CLI's "docker build" stores the result in the engine's image store, which holds one platform per image, ` +
      `and the engine refuses a platform list. ${way}`
    );
  return `${platforms.length} platforms in one build (${list}) need buildx: the classic builder builds one platform. ${way}`;
}
