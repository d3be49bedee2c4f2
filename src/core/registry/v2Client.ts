// A Docker Registry HTTP API V2 client: catalog, tags, a tag's digest, size, platforms and creation time, tag
// deletion. Authenticates as registries ask (WWW-Authenticate: Basic, or Bearer with a token from the realm).
// Errors name the registry and the reason.

export const registryErrorKinds = [
  'unreachable',
  'unauthorized',
  'notFound',
  'unsupported',
  'cancelled',
  'unknown',
] as const;
export type RegistryErrorKind = (typeof registryErrorKinds)[number];

export class RegistryError extends Error {
  constructor(
    readonly kind: RegistryErrorKind,
    readonly registry: string,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface RegistryCredentials {
  username?: string;
  password?: string;
  /** an identity/registry token from the credential store */
  token?: string;
}

export interface TagDetails {
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
  /** bytes of config + layers (of the first platform for a list) */
  size: number;
  /** os/arch[/variant] for a manifest list or OCI index; the config's for a single manifest */
  platforms: string[];
  created?: string;
}

const manifestTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** "localhost:5000" → http; anything else https (as the engine does without insecure-registries). */
export function registryBaseUrl(registry: string): string {
  if (/^https?:\/\//.test(registry)) return registry.replace(/\/+$/, '');
  const host = registry.replace(/\/.*$/, '');
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
  return `${loopback ? 'http' : 'https'}://${host === 'docker.io' ? 'registry-1.docker.io' : host}`;
}

interface Manifest {
  mediaType?: string;
  config?: { digest: string; size: number };
  layers?: { size: number }[];
  manifests?: { digest: string; platform?: { os: string; architecture: string; variant?: string } }[];
}

export class RegistryClient {
  private readonly base: string;
  private authHeader?: string;

  constructor(
    readonly registry: string,
    private readonly creds: RegistryCredentials = {},
    private readonly opts: { timeoutMs?: number; signal?: AbortSignal } = {},
  ) {
    this.base = registryBaseUrl(registry);
  }

  /** GET /v2/_catalog, following Link pages up to `limit` repositories. */
  async catalog(limit = 1000): Promise<string[]> {
    const out: string[] = [];
    let next: string | undefined = `/v2/_catalog?n=${Math.min(limit, 100)}`;
    while (next && out.length < limit) {
      const res = await this.request('GET', next, 'the repository list');
      out.push(...(((await res.json()) as { repositories?: string[] }).repositories ?? []));
      next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
    return out.slice(0, limit);
  }

  async tags(repository: string): Promise<string[]> {
    const res = await this.request('GET', `/v2/${repository}/tags/list`, `the tags of ${repository}`);
    return ((await res.json()) as { tags?: string[] | null }).tags ?? [];
  }

  async details(repository: string, tag: string): Promise<TagDetails> {
    const what = `${repository}:${tag}`;
    const res = await this.request('GET', `/v2/${repository}/manifests/${tag}`, what, { Accept: manifestTypes });
    const digest = res.headers.get('docker-content-digest') ?? '';
    let m = (await res.json()) as Manifest;
    const mediaType = m.mediaType ?? res.headers.get('content-type') ?? '';
    let platforms: string[] = [];
    if (m.manifests) {
      platforms = m.manifests.flatMap((x) =>
        x.platform && x.platform.os !== 'unknown'
          ? [[x.platform.os, x.platform.architecture, x.platform.variant].filter(Boolean).join('/')]
          : [],
      );
      const first = m.manifests[0];
      if (first)
        m = (await (
          await this.request('GET', `/v2/${repository}/manifests/${first.digest}`, what, { Accept: manifestTypes })
        ).json()) as Manifest;
    }
    const size = (m.config?.size ?? 0) + (m.layers ?? []).reduce((n, l) => n + (l.size ?? 0), 0);
    let created: string | undefined;
    if (m.config) {
      const cfg = (await (await this.request('GET', `/v2/${repository}/blobs/${m.config.digest}`, what)).json()) as {
        created?: string;
        os?: string;
        architecture?: string;
        variant?: string;
      };
      created = cfg.created;
      if (!platforms.length && cfg.os) platforms = [[cfg.os, cfg.architecture, cfg.variant].filter(Boolean).join('/')];
    }
    return { repository, tag, digest, mediaType, size, platforms, created };
  }

  /** Deletes the manifest `tag` points at (every tag on that digest goes with it, as the API works). */
  async deleteTag(repository: string, tag: string): Promise<string> {
    const what = `${repository}:${tag}`;
    const head = await this.request('HEAD', `/v2/${repository}/manifests/${tag}`, what, { Accept: manifestTypes });
    const digest = head.headers.get('docker-content-digest');
    if (!digest) throw new RegistryError('unknown', this.registry, `${this.registry} gave no digest for ${what}.`);
    await this.request('DELETE', `/v2/${repository}/manifests/${digest}`, what);
    return digest;
  }

  private async request(method: string, path: string, what: string, headers: Record<string, string> = {}) {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    let res = await this.send(method, url, headers, what);
    if (res.status === 401) {
      this.authHeader = await this.authenticate(res.headers.get('www-authenticate') ?? '', what);
      res = await this.send(method, url, headers, what);
    }
    if (res.ok) return res;
    const body = await res.text().catch(() => '');
    const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(body)?.[1];
    const reason = `${res.status}${code ? ` ${code}` : ''}`;
    const r = this.registry;
    if (res.status === 401 || res.status === 403)
      throw new RegistryError('unauthorized', r, `${r} refused access to ${what} (${reason}): log in to ${r} first.`);
    if (res.status === 404)
      throw new RegistryError(
        'notFound',
        r,
        `${r} has no ${what} (${code === 'MANIFEST_UNKNOWN' ? 'manifest unknown' : reason}).`,
      );
    if (res.status === 405)
      throw new RegistryError(
        'unsupported',
        r,
        `${r} does not allow this on ${what} (${reason}; deletion may be disabled).`,
      );
    throw new RegistryError(
      'unknown',
      r,
      `${r} answered ${reason} for ${what}${body ? `: ${body.slice(0, 200)}` : ''}.`,
    );
  }

  private async send(method: string, url: string, headers: Record<string, string>, what: string): Promise<Response> {
    const signal = AbortSignal.any([
      AbortSignal.timeout(this.opts.timeoutMs ?? 15_000),
      ...(this.opts.signal ? [this.opts.signal] : []),
    ]);
    try {
      return await fetch(url, {
        method,
        headers: { ...headers, ...(this.authHeader ? { Authorization: this.authHeader } : {}) },
        signal,
        redirect: 'follow',
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
      throw new RegistryError('unreachable', this.registry, `${this.registry} is unreachable for ${what} (${why}).`);
    }
  }

  private async authenticate(challenge: string, what: string): Promise<string> {
    const { username, password, token } = this.creds;
    const basic = username ? `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}` : undefined;
    if (/^basic/i.test(challenge)) {
      if (!basic)
        throw new RegistryError(
          'unauthorized',
          this.registry,
          `${this.registry} needs a login for ${what}: log in first.`,
        );
      return basic;
    }
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    if (!params.realm) return basic ?? '';
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    if (params.scope) url.searchParams.set('scope', params.scope);
    const res = await fetch(url, {
      headers: basic ? { Authorization: basic } : token ? { Authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok)
      throw new RegistryError(
        'unauthorized',
        this.registry,
        `${this.registry}'s token service refused ${what} (${res.status}).`,
      );
    const body = (await res.json()) as { token?: string; access_token?: string };
    return `Bearer ${body.token ?? body.access_token ?? ''}`;
  }
}
