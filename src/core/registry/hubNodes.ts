// What the Registries view shows under Docker Hub: the logged-in user's repositories and those of the namespaces
// named in the settings, then a repository's tags in the same row format as a V2 registry's. Failures become one
// message row naming the cause, with a Retry row; nothing is retried on its own.
import { isHubNamespace } from './hubApi';
import type { HubPage, HubRepository } from './hubApi';
import { dockerHub, type RegistryMessageAction, type RegistryNode } from './registryNodes';
import type { TagDetails } from './v2Client';

/** What the nodes need of a Hub client (HubClient). */
export interface HubLister {
  readonly user: string | undefined;
  repositories(namespace: string): Promise<HubPage<HubRepository>>;
  tags(repository: string): Promise<HubPage<TagDetails>>;
}

export const hubNamespacesSetting = 'stevedore.registries.hubNamespaces';

const message = (text: string, action?: RegistryMessageAction, repository?: string): RegistryNode => ({
  kind: 'registryMessage',
  host: dockerHub,
  text,
  ...(repository ? { repository } : {}),
  ...(action ? { action } : {}),
});

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** One row per distinct failure, then a single Retry. */
function failures(errors: unknown[], repository?: string): RegistryNode[] {
  const texts = [...new Set(errors.map(errorText))];
  return texts.length
    ? [
        ...texts.map((t) => ({ ...message(t, undefined, repository), failure: true })),
        message('Retry', 'retry', repository),
      ]
    : [];
}

function describeRepository(r: HubRepository): string {
  const stars = r.stars ? `★ ${r.stars}` : '';
  const pulls = r.pulls ? `${r.pulls.toLocaleString('en-US')} pulls` : '';
  return [r.isPrivate ? 'private' : '', stars, pulls, r.lastUpdated?.slice(0, 10)].filter(Boolean).join(' · ');
}

export interface HubChildrenOptions {
  /** the namespaces setting, as the user typed it */
  namespaces: readonly string[];
  /** the CLI stores only an identity token for Docker Hub (Hub's API needs a user name and a secret) */
  identityTokenOnly?: boolean;
}

/** The rows under the Docker Hub node. */
export async function hubChildren(client: HubLister, opts: HubChildrenOptions): Promise<RegistryNode[]> {
  const out: RegistryNode[] = [];
  const named = opts.namespaces.map((n) => n.trim().toLowerCase()).filter(Boolean);
  for (const bad of named.filter((n) => !isHubNamespace(n)))
    out.push(message(`"${bad}" is not a Docker Hub namespace (${hubNamespacesSetting})`, 'settings'));
  const namespaces = [...new Set([...(client.user ? [client.user.toLowerCase()] : []), ...named])].filter(
    isHubNamespace,
  );
  if (!client.user)
    out.push(
      opts.identityTokenOnly
        ? message(
            'The docker CLI holds an identity token for Docker Hub, which Hub’s API does not take: log in with a user name and personal access token to list your repositories',
            'login',
          )
        : message('Log in to Docker Hub to list your repositories', 'login'),
    );
  const settled = await Promise.allSettled(namespaces.map((ns) => client.repositories(ns)));
  const repos: RegistryNode[] = [];
  const errors: unknown[] = [];
  settled.forEach((s, i) => {
    const ns = namespaces[i] ?? '';
    if (s.status === 'rejected') return void errors.push(s.reason);
    if (!s.value.items.length) out.push(message(`No repositories in ${ns}`));
    for (const r of s.value.items)
      repos.push({
        kind: 'registryRepo',
        host: dockerHub,
        repository: `${r.namespace}/${r.name}`,
        detail: describeRepository(r),
      });
    const more = s.value.count - s.value.items.length;
    if (more > 0) out.push(message(`${more} more repositories of ${ns} on Docker Hub`));
  });
  repos.sort((a, b) =>
    a.kind === 'registryRepo' && b.kind === 'registryRepo' ? a.repository.localeCompare(b.repository) : 0,
  );
  if (!namespaces.length && !client.user)
    out.push(message(`Or name namespaces to list in ${hubNamespacesSetting}`, 'settings'));
  return [...failures(errors), ...repos, ...out, message('Search Docker Hub…', 'search')];
}

/** The tag rows of a Docker Hub repository, most recently pushed first. */
export async function hubTagChildren(client: HubLister, repository: string): Promise<RegistryNode[]> {
  try {
    const page = await client.tags(repository);
    const rows: RegistryNode[] = page.items.map((details) => ({
      kind: 'registryTag',
      host: dockerHub,
      repository,
      tag: details.tag,
      details,
    }));
    if (!rows.length) return [message('No tags', undefined, repository)];
    const more = page.count - page.items.length;
    return more > 0 ? [...rows, message(`${more} older tags on Docker Hub`, undefined, repository)] : rows;
  } catch (e) {
    return failures([e], repository);
  }
}
