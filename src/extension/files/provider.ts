// Files inside containers (`stevedore-container://<id>/path`) and volumes (`stevedore-volume://<name>/path`) as a
// VS Code file system: open, save, create, rename, delete. Read-only in untrusted workspaces and wherever the
// container cannot be written (read-only root, read-only mount, a volume not opted into writing).
import * as vscode from 'vscode';
import { containerArchive } from '../../core/engine/files';
import type { Engine } from '../../core/engine/engine';
import { ContainerFs } from '../../core/files/containerFs';
import { FilesError } from '../../core/files/errors';
import type { FileEntry } from '../../core/files/listing';
import type { FileRoot } from '../../core/files/nodes';
import type { VolumeFiles } from '../../core/files/volumeFiles';

export const containerScheme = 'stevedore-container';
export const volumeScheme = 'stevedore-volume';

export function fileUri(root: FileRoot, path = '/'): vscode.Uri {
  return vscode.Uri.from({
    scheme: root.kind === 'container' ? containerScheme : volumeScheme,
    authority: root.name,
    path,
  });
}

export function rootOf(uri: vscode.Uri): FileRoot | undefined {
  if (uri.scheme === containerScheme) return { kind: 'container', name: uri.authority };
  if (uri.scheme === volumeScheme) return { kind: 'volume', name: uri.authority };
  return undefined;
}

const untrustedReason = 'This workspace is not trusted: container and volume files open read-only.';

function fsError(err: unknown, uri: vscode.Uri): vscode.FileSystemError {
  if (!(err instanceof FilesError)) return new vscode.FileSystemError(err instanceof Error ? err.message : String(err));
  switch (err.code) {
    case 'notFound':
      return vscode.FileSystemError.FileNotFound(uri);
    case 'exists':
      return vscode.FileSystemError.FileExists(err.message);
    case 'isDirectory':
      return vscode.FileSystemError.FileIsADirectory(uri);
    case 'notDirectory':
      return vscode.FileSystemError.FileNotADirectory(uri);
    case 'readOnly':
      return vscode.FileSystemError.NoPermissions(err.message);
    case 'needsRunning':
      return vscode.FileSystemError.Unavailable(err.message);
    default:
      return new vscode.FileSystemError(err.message);
  }
}

function fileType(e: FileEntry): vscode.FileType {
  const base =
    e.kind === 'directory' || e.targetKind === 'directory'
      ? vscode.FileType.Directory
      : e.kind === 'other'
        ? vscode.FileType.Unknown
        : vscode.FileType.File;
  return e.kind === 'symlink' ? base | vscode.FileType.SymbolicLink : base;
}

export class DockerFileSystemProvider implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly containers = new Map<string, { engine: Engine; fs: ContainerFs }>();

  constructor(
    private readonly engine: () => Engine,
    readonly volumes: VolumeFiles,
  ) {}

  /** The core file system behind a URI. */
  async fsOf(uri: vscode.Uri): Promise<ContainerFs> {
    const root = rootOf(uri);
    if (!root) throw vscode.FileSystemError.FileNotFound(uri);
    if (root.kind === 'volume') return this.volumes.fs(root.name);
    const engine = this.engine();
    let held = this.containers.get(root.name);
    if (!held || held.engine !== engine) {
      held = {
        engine,
        fs: new ContainerFs(containerArchive(engine), root.name, { label: `container ${root.name.slice(0, 12)}` }),
      };
      this.containers.set(root.name, held);
    }
    return held.fs;
  }

  private async call<T>(uri: vscode.Uri, fn: (fs: ContainerFs) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.fsOf(uri));
    } catch (err) {
      throw err instanceof vscode.FileSystemError ? err : fsError(err, uri);
    }
  }

  private assertTrusted(): void {
    if (!vscode.workspace.isTrusted) throw vscode.FileSystemError.NoPermissions(untrustedReason);
  }

  /** Why `uri` cannot be written (untrusted workspace, read-only root or mount), or undefined. */
  async readOnlyReason(uri: vscode.Uri): Promise<string | undefined> {
    if (!vscode.workspace.isTrusted) return untrustedReason;
    return this.call(uri, (fs) => fs.readOnlyReason(uri.path)).catch(() => undefined);
  }

  watch(): vscode.Disposable {
    // the engine reports no file events; the tree refreshes on demand and after our own writes
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const e = await this.call(uri, (fs) => fs.stat(uri.path));
    const readOnly = await this.readOnlyReason(uri);
    return {
      type: fileType(e),
      ctime: e.mtimeMs,
      mtime: e.mtimeMs,
      size: e.size,
      permissions: readOnly ? vscode.FilePermission.Readonly : undefined,
    };
  }

  async readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    const entries = await this.call(uri, (fs) => fs.list(uri.path));
    return entries.map((e) => [e.name, fileType(e)]);
  }

  readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.call(uri, (fs) => fs.read(uri.path));
  }

  async writeFile(
    uri: vscode.Uri,
    content: Uint8Array,
    options: { create: boolean; overwrite: boolean },
  ): Promise<void> {
    this.assertTrusted();
    const existed = await this.call(uri, (fs) => fs.stat(uri.path)).then(
      () => true,
      () => false,
    );
    await this.call(uri, (fs) => fs.write(uri.path, content, options));
    this.fire(uri, existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created);
  }

  async createDirectory(uri: vscode.Uri): Promise<void> {
    this.assertTrusted();
    await this.call(uri, (fs) => fs.mkdir(uri.path));
    this.fire(uri, vscode.FileChangeType.Created);
  }

  async delete(uri: vscode.Uri, options: { recursive: boolean }): Promise<void> {
    this.assertTrusted();
    await this.call(uri, (fs) => fs.delete(uri.path, options));
    this.fire(uri, vscode.FileChangeType.Deleted);
  }

  async rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): Promise<void> {
    this.assertTrusted();
    if (from.scheme !== to.scheme || from.authority !== to.authority) {
      throw vscode.FileSystemError.Unavailable('Files can only be renamed within one container or volume.');
    }
    await this.call(from, (fs) => fs.rename(from.path, to.path, options));
    this.fire(from, vscode.FileChangeType.Deleted);
    this.fire(to, vscode.FileChangeType.Created);
  }

  /** Tell VS Code (and the explorer tree) that `uri` changed. */
  fire(uri: vscode.Uri, type: vscode.FileChangeType): void {
    this.changed.fire([{ uri, type }]);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
