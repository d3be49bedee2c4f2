// The Registries view: Docker Hub, the registries in the docker CLI's config.json and ones added here; each lists
// its repositories (V2 catalog; Hub's own API for Docker Hub) and their tags with digest, size, platforms and date.
import * as vscode from 'vscode';
import { readDockerConfig, resolveCredentials } from '../../core/commands/credentials';
import { HubClient } from '../../core/registry/hubClient';
import { hubChildren, hubNamespacesSetting, hubTagChildren } from '../../core/registry/hubNodes';
import {
  dockerHub,
  nodeContextValue,
  nodeId,
  nodeLabel,
  registriesFrom,
  referenceOf,
  type RegistryMessageAction,
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
  /** one Hub client (and its token) per listing of the Hub node, so its repositories' tags reuse the token */
  private hub?: Promise<{ client: HubClient; identityTokenOnly: boolean }>;

  constructor(private readonly services: Services) {
    services.context.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(hubNamespacesSetting)) this.refresh();
      }),
    );
  }

  /** Lists `node` (or everything) again; Docker Hub's credentials are read again too. */
  refresh(node?: RegistryNode): void {
    if (!node || (node.kind === 'registry' && node.host === dockerHub)) this.hub = undefined;
    this.changed.fire(node);
  }

  private hubClient(): Promise<{ client: HubClient; identityTokenOnly: boolean }> {
    this.hub ??= resolveCredentials(`${dockerHub}/x`).then((auth) => ({
      client: new HubClient(
        auth?.username && auth.password ? { username: auth.username, password: auth.password } : {},
      ),
      identityTokenOnly: !!auth?.identitytoken && !auth.password,
    }));
    // a failed credential lookup is not remembered: the next expansion asks again
    this.hub.catch(() => (this.hub = undefined));
    return this.hub;
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
    if (n.kind === 'registryMessage') {
      if (n.failure) item.iconPath = new vscode.ThemeIcon('warning');
      if (n.action) this.messageAction(item, n, n.action);
    }
    return item;
  }

  private messageAction(item: vscode.TreeItem, n: RegistryNode, action: RegistryMessageAction): void {
    const hub: RegistryNode = { kind: 'registry', host: dockerHub, source: 'hub', loggedIn: false };
    const actions = {
      retry: ['refresh', 'stevedore.registry.refresh', [this.getParent(n)], t('Retry')],
      login: ['account', 'stevedore.registry.login', [hub], t('Log In to Registry…')],
      search: ['search', 'stevedore.image.search', [], t('Search Docker Hub…')],
      settings: ['settings-gear', 'workbench.action.openSettings', [hubNamespacesSetting], t('Open Settings')],
    } as const;
    const [icon, command, args, title] = actions[action];
    item.iconPath = new vscode.ThemeIcon(icon);
    item.command = { command, title, arguments: [...args] };
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
    const repository = n.kind === 'registryRepo' ? n.repository : undefined;
    const message = (text: string): RegistryNode[] => [{ kind: 'registryMessage', host: n.host, repository, text }];
    try {
      if (n.host === dockerHub && (n.kind === 'registry' || n.kind === 'registryRepo')) return await this.hubRows(n);
      if (n.kind === 'registry') {
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

  /** Docker Hub has no V2 catalog: its own API lists repositories and tags (progress on the view meanwhile). */
  private hubRows(n: Extract<RegistryNode, { kind: 'registry' | 'registryRepo' }>): Thenable<RegistryNode[]> {
    return vscode.window.withProgress({ location: { viewId: 'stevedore.registries' } }, async () => {
      const { client, identityTokenOnly } = await this.hubClient();
      if (n.kind === 'registryRepo') return hubTagChildren(client, n.repository);
      const namespaces = vscode.workspace.getConfiguration().get<string[]>(hubNamespacesSetting, []);
      return hubChildren(client, { namespaces: Array.isArray(namespaces) ? namespaces : [], identityTokenOnly });
    });
  }
}

export { referenceOf };
