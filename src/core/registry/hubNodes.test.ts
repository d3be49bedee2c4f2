import { describe, expect, it } from 'vitest';
import type { HubPage, HubRepository } from './hubApi';
import { hubChildren, hubTagChildren, type HubLister } from './hubNodes';
import { nodeId, nodeLabel, referenceOf, type RegistryNode } from './registryNodes';
import { RegistryError, type TagDetails } from './v2Client';

const repo = (namespace: string, name: string, extra: Partial<HubRepository> = {}): HubRepository => ({
  namespace,
  name,
  description: '',
  isPrivate: false,
  stars: 0,
  pulls: 0,
  ...extra,
});

/** A lister answering from a table; a namespace mapped to an Error fails with it. */
function lister(
  user: string | undefined,
  repos: Record<string, HubPage<HubRepository> | Error>,
  tags: HubPage<TagDetails> | Error = { items: [], count: 0 },
): HubLister & { asked: string[] } {
  const asked: string[] = [];
  return {
    user,
    asked,
    repositories: async (ns) => {
      asked.push(ns);
      const r = repos[ns];
      if (!r || r instanceof Error) throw r ?? new Error(`unexpected ${ns}`);
      return r;
    },
    tags: async () => {
      if (tags instanceof Error) throw tags;
      return tags;
    },
  };
}

const rows = (nodes: RegistryNode[]) =>
  nodes.map((n) => {
    if (n.kind === 'registryMessage')
      return `${n.kind}: ${n.text}${n.action ? ` [${n.action}]` : ''}${n.failure ? ' (failure)' : ''}`;
    const { label, description } = nodeLabel(n);
    return `${n.kind}: ${label}${description ? ` (${description})` : ''}`;
  });

const unreachable = new RegistryError(
  'unreachable',
  'Docker Hub',
  'Docker Hub is not reachable (getaddrinfo ENOTFOUND hub.docker.com) — check the network or proxy.',
);

describe('Docker Hub rows in the Registries view (unit)', () => {
  it('lists the user’s and the named namespaces’ repositories, sorted, with what is left on Hub', async () => {
    const client = lister('Me', {
      me: { items: [repo('me', 'web', { isPrivate: true, stars: 3, lastUpdated: '2026-12-01T10:00:00Z' })], count: 1 },
      acme: { items: [repo('acme', 'api', { pulls: 12345 })], count: 40 },
    });
    const nodes = await hubChildren(client, { namespaces: [' acme ', 'ME', ''] });
    expect(client.asked).toEqual(['me', 'acme']);
    expect(rows(nodes)).toEqual([
      'registryRepo: acme/api (12,345 pulls)',
      'registryRepo: me/web (private · ★ 3 · 2026-12-01)',
      'registryMessage: 39 more repositories of acme on Docker Hub',
      'registryMessage: Search Docker Hub… [search]',
    ]);
  });

  it('without a login: asks for one, lists the named namespaces anonymously, flags bad names', async () => {
    const client = lister(undefined, { library: { items: [repo('library', 'busybox')], count: 1 } });
    expect(rows(await hubChildren(client, { namespaces: ['library', 'Not Valid'] }))).toEqual([
      'registryRepo: library/busybox',
      'registryMessage: "not valid" is not a Docker Hub namespace (stevedore.registries.hubNamespaces) [settings]',
      'registryMessage: Log in to Docker Hub to list your repositories [login]',
      'registryMessage: Search Docker Hub… [search]',
    ]);
    expect(rows(await hubChildren(lister(undefined, {}), { namespaces: [], identityTokenOnly: true }))).toEqual([
      'registryMessage: The docker CLI holds an identity token for Docker Hub, which Hub’s API does not take: log in with a user name and personal access token to list your repositories [login]',
      'registryMessage: Or name namespaces to list in stevedore.registries.hubNamespaces [settings]',
      'registryMessage: Search Docker Hub… [search]',
    ]);
  });

  it('Hub unreachable: the cause once (not once per namespace) and one Retry, beside what did load', async () => {
    const client = lister('me', { me: unreachable, acme: unreachable, empty: { items: [], count: 0 } });
    const nodes = await hubChildren(client, { namespaces: ['acme', 'empty'] });
    expect(rows(nodes)).toEqual([
      `registryMessage: ${unreachable.message} (failure)`,
      'registryMessage: Retry [retry]',
      'registryMessage: No repositories in empty',
      'registryMessage: Search Docker Hub… [search]',
    ]);
    expect(new Set(nodes.map(nodeId)).size).toBe(nodes.length);
  });

  it('tags: the V2 row format, the Hub reference without host, older tags counted, failures with Retry', async () => {
    const details: TagDetails = {
      repository: 'me/web',
      tag: '1.2',
      digest: 'sha256:0123456789abcdef0123',
      mediaType: 'application/vnd.oci.image.index.v1+json',
      size: 2_050_000,
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      created: '2026-12-01T10:00:00Z',
    };
    const nodes = await hubTagChildren(lister('me', {}, { items: [details], count: 3 }), 'me/web');
    expect(rows(nodes)).toEqual([
      'registryTag: 1.2 (0123456789ab · 2.05 MB · linux/amd64, linux/arm64/v8 · 2026-12-01)',
      'registryMessage: 2 older tags on Docker Hub',
    ]);
    expect(referenceOf(nodes[0] as { host: string; repository: string; tag: string })).toBe('me/web:1.2');
    const failed = await hubTagChildren(lister('me', {}, unreachable), 'me/web');
    const other = await hubTagChildren(lister('me', {}, unreachable), 'me/api');
    expect(rows(failed)).toEqual([
      `registryMessage: ${unreachable.message} (failure)`,
      'registryMessage: Retry [retry]',
    ]);
    // the cause as the row's label, the way out as its description, the whole text as its tooltip
    expect(nodeLabel(failed[0] as RegistryNode)).toEqual({
      label: 'Docker Hub is not reachable (getaddrinfo ENOTFOUND hub.docker.com)',
      description: 'check the network or proxy.',
      tooltip: unreachable.message,
    });
    // two repositories failing alike still give distinct tree ids
    expect(failed.map(nodeId).filter((id) => other.map(nodeId).includes(id))).toEqual([]);
    expect(rows(await hubTagChildren(lister('me', {}), 'me/web'))).toEqual(['registryMessage: No tags']);
  });
});
