// The Registries view's plain nodes: registries (the docker CLI's config.json, Docker Hub, ones the user added),
// their repositories and tags. Labels, descriptions and context values are pure functions of the nodes.
import { humanSize } from '../tree/format';
import type { TagDetails } from './v2Client';

export const dockerHub = 'docker.io';

export type RegistryNode =
  | {
      kind: 'registry';
      host: string;
      /** where it was found: config.json (auths or credHelpers), Docker Hub, or added in the view */
      source: 'config' | 'hub' | 'added';
      loggedIn: boolean;
    }
  | { kind: 'registryRepo'; host: string; repository: string; detail?: string }
  | { kind: 'registryTag'; host: string; repository: string; tag: string; details?: TagDetails; error?: string }
  | {
      kind: 'registryMessage';
      host: string;
      /** the repository whose listing it stands in (ids stay unique when two show the same text) */
      repository?: string;
      text: string;
      action?: RegistryMessageAction;
      /** a failure (shown with a warning icon) */
      failure?: boolean;
    };

/** What clicking a message row does: list again, log in, search Docker Hub, or open the namespaces setting. */
export type RegistryMessageAction = 'retry' | 'login' | 'search' | 'settings';

export interface DockerConfigLike {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

const hubKeys =
  /^(https?:\/\/)?(index\.)?docker\.io(\/|$)|^(https?:\/\/)?registry-1\.docker\.io|^(https?:\/\/)?registry\.hub\.docker\.com/;

/** "https://ghcr.io/v2/" → "ghcr.io"; Docker Hub's keys → "docker.io". */
export function hostOfKey(key: string): string {
  if (hubKeys.test(key)) return dockerHub;
  return key.replace(/^https?:\/\//, '').split('/')[0] ?? key;
}

/** Docker Hub first, then the config's registries, then the added ones; each host once. */
export function registriesFrom(config: DockerConfigLike, added: readonly string[]): RegistryNode[] {
  const loggedIn = new Set(Object.keys(config.auths ?? {}).map(hostOfKey));
  const out: RegistryNode[] = [{ kind: 'registry', host: dockerHub, source: 'hub', loggedIn: loggedIn.has(dockerHub) }];
  const seen = new Set([dockerHub]);
  const push = (host: string, source: 'config' | 'added') => {
    if (!host || seen.has(host)) return;
    seen.add(host);
    out.push({ kind: 'registry', host, source, loggedIn: loggedIn.has(host) });
  };
  const fromConfig = [...Object.keys(config.auths ?? {}), ...Object.keys(config.credHelpers ?? {})].map(hostOfKey);
  for (const h of fromConfig.sort()) push(h, 'config');
  for (const h of added) push(hostOfKey(h), 'added');
  return out;
}

/** The reference a tag node pulls: Docker Hub's without the host (and official images without "library/"), as
 *  the CLI shows it. */
export function referenceOf(node: { host: string; repository: string; tag?: string }): string {
  const repo = node.host === dockerHub ? node.repository.replace(/^library\//, '') : `${node.host}/${node.repository}`;
  return node.tag ? `${repo}:${node.tag}` : repo;
}

export function nodeId(n: RegistryNode): string {
  switch (n.kind) {
    case 'registry':
      return `registry/${n.host}`;
    case 'registryRepo':
      return `registry/${n.host}/${n.repository}`;
    case 'registryTag':
      return `registry/${n.host}/${n.repository}:${n.tag}`;
    case 'registryMessage':
      return `registry/${n.host}/${n.repository ?? ''}#${n.text}`;
  }
}

export function nodeContextValue(n: RegistryNode): string {
  switch (n.kind) {
    case 'registry':
      return n.source === 'added' ? 'registry:added' : n.loggedIn ? 'registry:loggedIn' : 'registry';
    case 'registryTag':
      // Docker Hub's API deletes no tags with registry credentials: its tags offer pull and copy only
      return n.host === dockerHub ? 'registryTag:hub' : n.kind;
    case 'registryRepo':
    case 'registryMessage':
      return n.kind;
  }
}

export function nodeLabel(n: RegistryNode): { label: string; description?: string; tooltip?: string } {
  switch (n.kind) {
    case 'registry':
      return {
        label: n.source === 'hub' ? 'Docker Hub' : n.host,
        description: [n.loggedIn ? 'logged in' : '', n.source === 'config' ? 'config.json' : '']
          .filter(Boolean)
          .join(' · '),
      };
    case 'registryRepo':
      return { label: n.repository, description: n.detail };
    case 'registryTag': {
      const d = n.details;
      if (!d) return { label: n.tag, description: n.error };
      const description = [
        d.digest.replace(/^sha256:/, '').slice(0, 12),
        humanSize(d.size),
        d.platforms.join(', '),
        d.created?.slice(0, 10),
      ]
        .filter(Boolean)
        .join(' · ');
      return { label: n.tag, description, tooltip: `${referenceOf(n)}\n${d.digest}\n${d.mediaType}` };
    }
    case 'registryMessage': {
      // "cause — way out": the way out as the description, so a narrow view still shows the cause
      const [label = n.text, ...rest] = n.text.split(' — ');
      return rest.length
        ? { label, description: rest.join(' — '), tooltip: n.text }
        : { label: n.text, tooltip: n.text };
    }
  }
}
