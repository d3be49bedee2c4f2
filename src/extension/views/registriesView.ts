// The Registries view: Docker Hub, the registries in the docker CLI's config.json and ones added here; each lists
// its repositories (V2 catalog) and their tags with digest, size, platforms and creation date.
import * as vscode from 'vscode';
import { readDockerConfig, resolveCredentials } from '../../core/commands/credentials';
import {
  dockerHub,
  nodeContextValue,
  nodeId,
  nodeLabel,
  registriesFrom,
  referenceOf,
  type RegistryNode,
} from '../../core/registry/registryNodes';
import { RegistryClient, RegistryError, type RegistryCredentials } from '../../core/registry/v2Client';
import type { Services } from '../services';

const t = vscode.l10n.t;
export const addedRegistriesKey = 'stevedore.registries.added';
/** tags whose details are fetched when a repository opens (more are listed without them) */
const detailsLimit = 50;

export class RegistriesProvider implements vscode.TreeDataProvider<RegistryNode> {
  private readonly changed = new vscode.EventEmitter<RegistryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly parents = new Map<string, RegistryNode>();

  constructor(private readonly services: Services) {}

  refresh(node?: RegistryNode): void {
    this.changed.fire(node);
  }

  added(): string[] {
    return this.services.context.globalState.get<string[]>(addedRegistriesKey, []);
  }

  async client(host: string): Promise<RegistryClient> {
    const auth = await resolveCredentials(`${host}/x`).catch(() => undefined);
    const creds: RegistryCredentials = auth
      ? { username: auth.username, password: auth.password, token: auth.identitytoken }
      : {};
    return new RegistryClient(host, creds);
  }

  getTreeItem(n: RegistryNode): vscode.TreeItem {
    const { label, description, tooltip } = nodeLabel(n);
    const collapsible =
      n.kind === 'registry' || n.kind === 'registryRepo'
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(label, collapsible);
    item.id = nodeId(n);
    item.description = description;
    item.tooltip = tooltip;
    item.contextValue = nodeContextValue(n);
    item.iconPath = new vscode.ThemeIcon(
      n.kind === 'registry' ? 'server' : n.kind === 'registryRepo' ? 'repo' : n.kind === 'registryTag' ? 'tag' : 'info',
    );
    return item;
  }

  getParent(n: RegistryNode): RegistryNode | undefined {
    return this.parents.get(nodeId(n));
  }

  async getChildren(n?: RegistryNode): Promise<RegistryNode[]> {
    const children = await this.childrenOf(n);
    if (n) for (const c of children) this.parents.set(nodeId(c), n);
    return children;
  }

  private async childrenOf(n?: RegistryNode): Promise<RegistryNode[]> {
    if (!n) {
      const config = await readDockerConfig().catch(() => ({}));
      return registriesFrom(config, this.added());
    }
    const message = (text: string): RegistryNode[] => [{ kind: 'registryMessage', host: n.host, text }];
    try {
      if (n.kind === 'registry') {
        if (n.host === dockerHub)
          return message(t('Docker Hub lists no catalog: use Search Docker Hub… or pull by name.'));
        const repos = await (await this.client(n.host)).catalog();
        if (!repos.length) return message(t('No repositories'));
        return repos.map((repository) => ({ kind: 'registryRepo', host: n.host, repository }));
      }
      if (n.kind === 'registryRepo') {
        const client = await this.client(n.host);
        const tags = (await client.tags(n.repository)).sort();
        return Promise.all(
          tags.map(async (tag, i): Promise<RegistryNode> => {
            const node = { kind: 'registryTag' as const, host: n.host, repository: n.repository, tag };
            if (i >= detailsLimit) return node;
            return client.details(n.repository, tag).then(
              (details) => ({ ...node, details }),
              (e: unknown) => ({ ...node, error: e instanceof Error ? e.message : String(e) }),
            );
          }),
        );
      }
    } catch (e) {
      return message(e instanceof RegistryError ? e.message : t('Listing failed: {0}', String(e)));
    }
    return [];
  }
}

export { referenceOf };
