// A client of Docker Hub's API (hub.docker.com): a bearer token from the stored user name and password or personal
// access token (POST /v2/auth/token, or the older /v2/users/login), then a namespace's repositories and a
// repository's tags, page by page. Every request has a time limit and follows the caller's cancellation; errors
// are RegistryErrors that name Hub and the reason (unreachable, refused, not found, rate limited).
import {
  hubApiBase,
  hubErrorText,
  hubPageSize,
  parseRepositoriesPage,
  parseTagsPage,
  splitHubRepository,
  type HubPage,
  type HubRepository,
} from './hubApi';
import { RegistryError, type RegistryCredentials, type TagDetails } from './v2Client';

export interface HubClientOptions {
  /** default https://hub.docker.com */
  baseUrl?: string;
  /** per request, default 10 s */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const hub = 'Docker Hub';
/** Hub's access tokens live 10 minutes; one is reused for a bit less. */
const tokenLifeMs = 8 * 60_000;

export class HubClient {
  private readonly base: string;
  private bearer?: { token: string; at: number };

  constructor(
    private readonly creds: RegistryCredentials = {},
    private readonly opts: HubClientOptions = {},
  ) {
    this.base = (opts.baseUrl ?? hubApiBase).replace(/\/+$/, '');
  }

  /** The user name whose repositories are "mine"; undefined when only anonymous access is possible. */
  get user(): string | undefined {
    return this.creds.username && this.creds.password ? this.creds.username : undefined;
  }

  /** A namespace's repositories, following `next` up to `limit`; `count` is Hub's total. */
  async repositories(namespace: string, limit = 1000): Promise<HubPage<HubRepository>> {
    const size = Math.min(limit, hubPageSize.repositories);
    const first = `/v2/namespaces/${encodeURIComponent(namespace)}/repositories?page_size=${size}&ordering=name`;
    return this.pages(first, limit, `the repositories of ${namespace}`, (j) => parseRepositoriesPage(j, namespace));
  }

  /** A repository's tags ("user/app", or "busybox" for library/busybox), most recently pushed first. */
  async tags(repository: string, limit = 100): Promise<HubPage<TagDetails>> {
    const [ns, name] = splitHubRepository(repository);
    const size = Math.min(limit, hubPageSize.tags);
    const first = `/v2/namespaces/${encodeURIComponent(ns)}/repositories/${encodeURIComponent(name)}/tags?page_size=${size}`;
    return this.pages(first, limit, `the tags of ${repository}`, (j) => parseTagsPage(j, repository));
  }

  private async pages<T>(first: string, limit: number, what: string, parse: (json: unknown) => HubPage<T>) {
    const items: T[] = [];
    let count = 0;
    let next: string | undefined = `${this.base}${first}`;
    while (next && items.length < limit) {
      const page = parse(await this.getJson(next, what));
      items.push(...page.items);
      count = Math.max(count, page.count);
      // a `next` on another host would receive our token: it is not followed
      next = page.next && this.sameOrigin(page.next) && page.items.length ? page.next : undefined;
    }
    return { items: items.slice(0, limit), count: Math.max(count, items.length), next };
  }

  private sameOrigin(url: string): boolean {
    try {
      return new URL(url).origin === new URL(this.base).origin;
    } catch {
      return false;
    }
  }

  private async getJson(url: string, what: string): Promise<unknown> {
    const token = await this.token();
    let res = await this.send(url, { headers: this.headers(token) }, what);
    if (res.status === 401 && token) {
      this.bearer = undefined; // expired: one new token, one more try
      res = await this.send(url, { headers: this.headers(await this.token()) }, what);
    }
    await this.check(res, what);
    return this.json(res, what);
  }

  private headers(token?: string): Record<string, string> {
    return { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  }

  /** A bearer token for the stored credentials (none for anonymous access). */
  private async token(): Promise<string | undefined> {
    const { username, password } = this.creds;
    if (!username || !password) return undefined;
    if (this.bearer && Date.now() - this.bearer.at < tokenLifeMs) return this.bearer.token;
    const what = `a token for ${username}`;
    const post = (path: string, body: object) =>
      this.send(
        `${this.base}${path}`,
        {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        },
        what,
      );
    let res = await post('/v2/auth/token', { identifier: username, secret: password });
    let field: 'access_token' | 'token' = 'access_token';
    if (res.status === 404 || res.status === 405) {
      res = await post('/v2/users/login', { username, password });
      field = 'token';
    }
    if (res.status === 401 || res.status === 403) {
      const why = hubErrorText(await res.text().catch(() => ''));
      throw new RegistryError(
        'unauthorized',
        hub,
        `${hub} refused the stored credentials of ${username} (${res.status}${why ? `: ${why}` : ''}): log in again with a personal access token.`,
      );
    }
    await this.check(res, what);
    const body = (await this.json(res, what)) as Record<string, unknown> | null;
    const value = body?.[field] ?? body?.token;
    if (typeof value !== 'string' || !value)
      throw new RegistryError('unknown', hub, `${hub} answered without a token for ${username}.`);
    this.bearer = { token: value, at: Date.now() };
    return value;
  }

  private async send(url: string, init: RequestInit, what: string): Promise<Response> {
    const timeoutMs = this.opts.timeoutMs ?? 10_000;
    const user = this.opts.signal;
    if (user?.aborted) throw new RegistryError('cancelled', hub, `${hub}: cancelled ${what}.`);
    const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(user ? [user] : [])]);
    try {
      return await fetch(url, { ...init, signal, redirect: 'follow' });
    } catch (e) {
      throw this.failure(e, what, timeoutMs);
    }
  }

  private async json(res: Response, what: string): Promise<unknown> {
    try {
      return await res.json();
    } catch (e) {
      if (e instanceof Error && /abort|timeout/i.test(e.name))
        throw this.failure(e, what, this.opts.timeoutMs ?? 10_000);
      throw new RegistryError('unknown', hub, `${hub} answered something other than JSON for ${what}.`);
    }
  }

  private failure(e: unknown, what: string, timeoutMs: number): RegistryError {
    if (this.opts.signal?.aborted) return new RegistryError('cancelled', hub, `${hub}: cancelled ${what}.`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const timedOut = e instanceof Error && e.name === 'TimeoutError';
    const why = timedOut
      ? `no answer in ${Math.round(timeoutMs / 100) / 10} s`
      : (cause?.message ?? cause?.code ?? (e instanceof Error ? e.message : String(e)));
    return new RegistryError('unreachable', hub, `${hub} is not reachable (${why}) — check the network or proxy.`);
  }

  private async check(res: Response, what: string): Promise<void> {
    if (res.ok) return;
    const why = hubErrorText(await res.text().catch(() => ''));
    const reason = `${res.status}${why ? `: ${why}` : ''}`;
    if (res.status === 401 || res.status === 403)
      throw new RegistryError(
        'unauthorized',
        hub,
        `${hub} refused access to ${what} (${reason}): log in to Docker Hub as a user who may see it.`,
      );
    if (res.status === 404) throw new RegistryError('notFound', hub, `${hub} has no ${what} (${reason}).`);
    if (res.status === 429) {
      const after = res.headers.get('retry-after');
      throw new RegistryError(
        'unknown',
        hub,
        `${hub} is limiting requests (429)${after ? `: retry in ${after} s` : ': retry later'}.`,
      );
    }
    throw new RegistryError('unknown', hub, `${hub} answered ${reason} for ${what}.`);
  }
}
