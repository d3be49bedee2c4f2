// Push: where a reference goes (a name without a registry host goes to Docker Hub), and a registry that cannot be
// reached said without Go's dial text.

/** The registry host of a reference: the first part when it looks like a host (has . or :, or is localhost). */
export function registryHost(ref: string): string | undefined {
  const slash = ref.indexOf('/');
  if (slash < 0) return undefined;
  const first = ref.slice(0, slash);
  return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}

/** "ux-web" → "docker.io/library/ux-web:latest"; "me/web:1" → "docker.io/me/web:1"; a host stays as written. */
export function fullReference(ref: string): string {
  const host = registryHost(ref);
  const path = host ? ref.slice(host.length + 1) : ref;
  const tagged = /[:@][^/]*$/.test(path) ? path : `${path}:latest`;
  if (host) return `${host}/${tagged}`;
  return `docker.io/${tagged.includes('/') ? '' : 'library/'}${tagged}`;
}

/** The question before a push without a registry host; undefined when the reference names its registry. */
export function pushConfirmation(ref: string): string | undefined {
  if (registryHost(ref)) return undefined;
  return `Push ${ref} to Docker Hub as ${fullReference(ref)}?`;
}

/** The push notification's title: where it goes. */
export function pushTitle(ref: string): string {
  const host = registryHost(ref);
  return host ? `Pushing ${ref} to ${host}` : `Pushing ${ref} to Docker Hub (${fullReference(ref)})`;
}

/**
 * `Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused` →
 * "registry 127.0.0.1:5000 is not reachable (connection refused)"; anything else: undefined.
 */
export function unreachableRegistry(message: string): string | undefined {
  const m =
    /(?:Get|Head|Post|Put|Patch) "https?:\/\/([^/"]+)[^"]*":\s*(?:dial tcp(?: [^:\s]*(?::\d+)?)?: )?(?:connect: |lookup [^ ]+(?: on [^ ]+)?: )?(connection refused|no such host|i\/o timeout|network is unreachable|connection reset by peer|no route to host|server misbehaving)/.exec(
      message,
    );
  if (!m) return undefined;
  return `registry ${m[1]} is not reachable (${m[2]})`;
}
