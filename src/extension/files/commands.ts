// Commands on file items under containers and volumes: open (with the 50 MB limit), new file/folder, rename,
// delete, upload, download, compare with a workspace file, refresh.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { formatBytes, maxEditorBytes } from '../../core/files/errors';
import type { FileNode, FileRoot } from '../../core/files/nodes';
import { join, parentOf, validName } from '../../core/files/paths';
import { confirmDestructive, errorText } from '../commands/define';
import type { Services } from '../services';
import { fileUri } from './provider';
import type { ExplorerItem, FileTree } from './tree';

const t = vscode.l10n.t;

/** The directory a command on `n` works in: the node itself when it is a directory, else its parent. */
function dirOf(tree: FileTree, n: ExplorerItem): { root: FileRoot; dir: string } | undefined {
  if (n.kind === 'file') return { root: n.root, dir: n.directory ? n.path : parentOf(n.path) };
  const root = tree.rootOf(n.kind === 'volume' ? 'volumes' : 'containers', n);
  return root ? { root, dir: '/' } : undefined;
}

function label(root: FileRoot): string {
  return root.kind === 'container' ? `container ${root.name.slice(0, 12)}` : `volume ${root.name}`;
}

function requireTrust(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    t('{0} is not available in an untrusted workspace: container and volume files are read-only here.', what),
  );
  return false;
}

/** Cancellable progress for a copy; reports bytes moved. */
function withCopyProgress(
  title: string,
  work: (report: (bytes: number) => void, signal: AbortSignal) => Promise<void>,
) {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      await work((bytes) => progress.report({ message: formatBytes(bytes) }), abort.signal);
    },
  );
}

export function registerFileCommands(services: Services, tree: FileTree): void {
  const provider = tree.provider;
  const fail = (what: string, e: unknown) => {
    services.output.error(`${what}: ${errorText(e)}`);
    void vscode.window.showErrorMessage(`${what}: ${errorText(e)}`);
  };
  const guard =
    <A extends unknown[]>(what: string, fn: (...a: A) => Promise<void>) =>
    async (...a: A) => {
      try {
        await fn(...a);
      } catch (e) {
        fail(what, e);
      }
    };

  async function download(root: FileRoot, path: string): Promise<void> {
    const folder = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: t('Download Here'),
      title: t('Download {0} from {1}', path, label(root)),
    });
    const into = folder?.[0];
    if (!into) return;
    const fs = await provider.fsOf(fileUri(root, path));
    await withCopyProgress(t('Downloading {0}', path), (onProgress, signal) =>
      fs.download(path, into.fsPath, { onProgress, signal }),
    );
    void vscode.window.showInformationMessage(t('Downloaded {0} to {1}.', path, into.fsPath));
  }

  const commands: Record<string, (...args: never[]) => unknown> = {
    'stevedore.files.open': guard('Open', async (n: FileNode) => {
      const uri = fileUri(n.root, n.path);
      const s = await provider.stat(uri);
      if (s.size > maxEditorBytes) {
        const pick = await vscode.window.showWarningMessage(
          t(
            '{0} is {1}, more than the {2} the editor opens.',
            n.path,
            formatBytes(s.size),
            formatBytes(maxEditorBytes),
          ),
          t('Download…'),
        );
        if (pick) await download(n.root, n.path);
        return;
      }
      await vscode.commands.executeCommand('vscode.open', uri, { preview: true });
    }),
    'stevedore.files.newFile': guard('New File', async (n: ExplorerItem) => {
      const at = dirOf(tree, n);
      if (!at || !requireTrust(t('New File'))) return;
      const name = await vscode.window.showInputBox({ title: t('New file in {0}', at.dir), validateInput: validName });
      if (!name) return;
      const uri = fileUri(at.root, join(at.dir, name));
      await provider.writeFile(uri, new Uint8Array(), { create: true, overwrite: false });
      await vscode.commands.executeCommand('vscode.open', uri);
    }),
    'stevedore.files.newFolder': guard('New Folder', async (n: ExplorerItem) => {
      const at = dirOf(tree, n);
      if (!at || !requireTrust(t('New Folder'))) return;
      const name = await vscode.window.showInputBox({
        title: t('New folder in {0}', at.dir),
        validateInput: validName,
      });
      if (name) await provider.createDirectory(fileUri(at.root, join(at.dir, name)));
    }),
    'stevedore.files.rename': guard('Rename', async (n: FileNode) => {
      if (!requireTrust(t('Rename'))) return;
      const name = await vscode.window.showInputBox({
        title: t('Rename {0}', n.path),
        value: n.label,
        validateInput: validName,
      });
      if (!name || name === n.label) return;
      await provider.rename(fileUri(n.root, n.path), fileUri(n.root, join(parentOf(n.path), name)), {
        overwrite: false,
      });
    }),
    'stevedore.files.delete': guard('Delete', async (n: FileNode, selected?: ExplorerItem[]) => {
      if (!requireTrust(t('Delete'))) return;
      const nodes = (selected?.length ? selected : [n]).filter((x): x is FileNode => x.kind === 'file');
      const where = label(n.root);
      const one = nodes.length === 1 ? nodes[0] : undefined;
      const ok = await confirmDestructive(
        one ? t('Delete {0} from {1}?', one.path, where) : t('Delete {0} items from {1}?', nodes.length, where),
        nodes.map(
          (x) => `${x.path}${x.directory && x.entry.kind === 'directory' ? t(' (folder, with everything in it)') : ''}`,
        ),
        [t('Delete')],
        t('This cannot be undone.'),
      );
      if (!ok) return;
      for (const x of nodes) await provider.delete(fileUri(x.root, x.path), { recursive: true });
    }),
    'stevedore.files.upload': guard('Upload', async (n: ExplorerItem) => {
      const at = dirOf(tree, n);
      if (!at || !requireTrust(t('Upload'))) return;
      const picked = await vscode.window.showOpenDialog({
        canSelectFiles: true,
        canSelectFolders: true,
        canSelectMany: true,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        openLabel: t('Upload'),
        title: t('Upload into {0} in {1}', at.dir, label(at.root)),
      });
      if (picked?.length) await upload(at.root, at.dir, picked);
    }),
    'stevedore.files.download': guard('Download', async (n: FileNode) => download(n.root, n.path)),
    'stevedore.files.compare': guard('Compare with Workspace File', async (n: FileNode) => {
      const same = await vscode.workspace.findFiles(
        `**/${basename(n.path).replace(/[[\]{}*?]/g, '?')}`,
        '**/node_modules/**',
        50,
      );
      const items = same.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u as vscode.Uri | undefined }));
      items.push({ label: t('Other file…'), uri: undefined });
      const pick = await vscode.window.showQuickPick(items, {
        title: t('Compare {0} with which workspace file?', n.path),
      });
      if (!pick) return;
      const local =
        pick.uri ??
        (await vscode.window.showOpenDialog({ defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri }))?.[0];
      if (!local) return;
      await vscode.commands.executeCommand(
        'vscode.diff',
        local,
        fileUri(n.root, n.path),
        `${vscode.workspace.asRelativePath(local)} ↔ ${label(n.root)}:${n.path}`,
      );
    }),
    'stevedore.files.refresh': (n: ExplorerItem) => {
      if (n.kind === 'file') tree.refresh(n.root.kind === 'container' ? 'containers' : 'volumes', n);
      else tree.refresh(n.kind === 'volume' ? 'volumes' : 'containers');
    },
  };

  async function upload(root: FileRoot, dir: string, uris: readonly vscode.Uri[]): Promise<void> {
    const fs = await provider.fsOf(fileUri(root, dir));
    await withCopyProgress(t('Uploading into {0}', dir), async (onProgress, signal) => {
      for (const u of uris) await fs.upload(u.fsPath, dir, { onProgress, signal });
    });
    tree.refresh(root.kind === 'container' ? 'containers' : 'volumes');
  }

  tree.dropController = (view) =>
    view === 'containers' || view === 'volumes'
      ? {
          dropMimeTypes: ['text/uri-list'],
          dragMimeTypes: [],
          handleDrop: guard('Upload', async (target: ExplorerItem | undefined, data: vscode.DataTransfer) => {
            const at = target && dirOf(tree, target);
            if (!at || !requireTrust(t('Upload'))) return;
            const list = await data.get('text/uri-list')?.asString();
            const uris = (list ?? '')
              .split(/\r?\n/)
              .filter((l) => l && !l.startsWith('#'))
              .map((l) => vscode.Uri.parse(l.trim()))
              .filter((u) => u.scheme === 'file');
            if (uris.length) await upload(at.root, at.dir, uris);
          }),
        }
      : undefined;

  for (const [id, fn] of Object.entries(commands)) {
    services.context.subscriptions.push(vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown));
  }
}
