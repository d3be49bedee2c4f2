// The file system of one container (or a directory of it, for volumes mounted in a helper): stat, list, read,
// write, mkdir, delete, rename over the archive endpoints, with exec only for what the Engine API has no verb for.
import type { ArchiveStat, ContainerArchive, ContainerFileFacts } from '../engine/files';
import { isEngineError } from '../engine/errors';
import { FilesError, formatBytes, maxEditorBytes } from './errors';
import { kindFromGoMode, permFromGoMode } from './fileMode';
import { listFromArchive, listScript, parseListing, sortEntries, type FileEntry } from './listing';
import { baseName, isWithin, join, normalize, parentOf } from './paths';
import { firstEntry, tarOf, type Owner } from './tarOne';
import { copyFromContainer, copyToContainer, type CopyOptions } from './copy';

export interface ContainerFsOptions {
  /** the directory shown as `/` (a volume's mount point in its helper); default `/` */
  root?: string;
  /** what the user calls this file system in messages ("container web", "volume data") */
  label: string;
  /** why writes are refused regardless of the container (e.g. a volume browsed read-only) */
  readOnly?: string;
  /** how long the container's facts (running, read-only root) are reused */
  factsTtlMs?: number;
}

export class ContainerFs {
  readonly root: string;
  private facts?: { at: number; value: Promise<ContainerFileFacts> };

  constructor(
    private readonly archive: ContainerArchive,
    readonly id: string,
    private readonly options: ContainerFsOptions,
  ) {
    this.root = normalize(options.root ?? '/');
  }

  private abs(path: string): string {
    return this.root === '/' ? normalize(path) : normalize(`${this.root}/${normalize(path)}`);
  }

  /** A path of the container seen from this file system's root (undefined when outside it). */
  private rel(abs: string): string | undefined {
    if (!isWithin(abs, this.root)) return undefined;
    return this.root === '/' ? normalize(abs) : normalize(abs.slice(this.root.length));
  }

  private getFacts(): Promise<ContainerFileFacts> {
    const ttl = this.options.factsTtlMs ?? 2000;
    if (!this.facts || Date.now() - this.facts.at > ttl) {
      this.facts = { at: Date.now(), value: this.archive.facts(this.id) };
      this.facts.value.catch(() => (this.facts = undefined));
    }
    return this.facts.value;
  }

  /** Why `path` cannot be written, or undefined when it can. */
  async readOnlyReason(path = '/'): Promise<string | undefined> {
    if (this.options.readOnly) return this.options.readOnly;
    const facts = await this.getFacts();
    const abs = this.abs(path);
    const mount = facts.mounts
      .filter((m) => isWithin(abs, m.destination))
      .sort((a, b) => b.destination.length - a.destination.length)[0];
    if (mount) return mount.rw ? undefined : `${mount.destination} is mounted read-only in ${this.options.label}.`;
    if (facts.readOnlyRootfs) {
      return `The root file system of ${this.options.label} is read-only (started with --read-only); only writable volumes can be changed.`;
    }
    return undefined;
  }

  private async assertWritable(path: string): Promise<void> {
    const reason = await this.readOnlyReason(path);
    if (reason) throw new FilesError('readOnly', reason);
  }

  private async assertRunning(verb: string): Promise<void> {
    if ((await this.getFacts()).running) return;
    throw new FilesError(
      'needsRunning',
      `${verb} needs ${this.options.label} to be running: the Engine API has no verb for it and it is done by a command inside. Start the container and try again.`,
    );
  }

  private wrap(err: unknown, path: string): never {
    if (err instanceof FilesError) throw err;
    if (isEngineError(err) && err.kind === 'notFound' && !/container/i.test(err.message)) {
      throw new FilesError('notFound', `${path} does not exist in ${this.options.label}.`, { cause: err });
    }
    if (isEngineError(err) && err.kind === 'permission') throw new FilesError('readOnly', err.message, { cause: err });
    throw new FilesError('failed', err instanceof Error ? err.message : String(err), { cause: err });
  }

  async stat(path: string, signal?: AbortSignal): Promise<FileEntry> {
    const p = normalize(path);
    let s: ArchiveStat;
    try {
      s = await this.archive.stat(this.id, this.abs(p), signal);
    } catch (err) {
      this.wrap(err, p);
    }
    const entry: FileEntry = {
      name: p === '/' ? '/' : baseName(p),
      kind: kindFromGoMode(s.mode),
      size: s.size,
      perm: permFromGoMode(s.mode),
      mtimeMs: Date.parse(s.mtime) || 0,
    };
    if (entry.kind === 'symlink' && s.linkTarget) {
      entry.linkTarget = this.rel(s.linkTarget) ?? s.linkTarget;
      const target = await this.archive.stat(this.id, s.linkTarget, signal).catch(() => undefined);
      if (target) {
        entry.targetKind = kindFromGoMode(target.mode);
        if (entry.targetKind !== 'symlink') entry.size = target.size;
      }
    }
    return entry;
  }

  /** The directory's entries, sorted (directories first). */
  async list(path: string, signal?: AbortSignal): Promise<FileEntry[]> {
    const p = normalize(path);
    try {
      if ((await this.getFacts()).running) {
        const r = await this.archive
          .exec(this.id, ['sh', '-c', listScript, 'sh', this.abs(p)], signal)
          .catch(() => undefined);
        if (r && r.exitCode === 0) return sortEntries(parseListing(r.stdout));
        if (r?.exitCode === 3) {
          const s = await this.stat(p, signal);
          if (s.kind !== 'directory' && s.targetKind !== 'directory') {
            throw new FilesError('notDirectory', `${p} is not a directory in ${this.options.label}.`);
          }
        }
      }
      const entries = await listFromArchive(await this.archive.get(this.id, `${this.abs(p)}/.`, signal), signal);
      await Promise.all(
        entries
          .filter((e) => e.kind === 'symlink')
          .map(async (e) => {
            const t = await this.stat(join(p, e.name), signal).catch(() => undefined);
            e.targetKind = t?.targetKind;
          }),
      );
      return sortEntries(entries);
    } catch (err) {
      this.wrap(err, p);
    }
  }

  /**
   * The file's bytes; refuses a directory and anything over `maxBytes` (50 MB: the editor's limit). One GET: the
   * archive's first header says what the path is; a symlink is followed (up to 8 links).
   */
  async read(path: string, opts: { maxBytes?: number; signal?: AbortSignal } = {}, hops = 0): Promise<Uint8Array> {
    const p = normalize(path);
    const max = opts.maxBytes ?? maxEditorBytes;
    let entry: Awaited<ReturnType<typeof firstEntry>>;
    try {
      entry = await firstEntry(await this.archive.get(this.id, this.abs(p), opts.signal), { maxBytes: max });
    } catch (err) {
      this.wrap(err, p);
    }
    const { header, data } = entry;
    if (header.type === 'directory') throw new FilesError('isDirectory', `${p} is a directory.`);
    if (header.type === 'symlink') {
      const s = await this.stat(p, opts.signal);
      if (!s.targetKind || !s.linkTarget || hops >= 8) {
        throw new FilesError('notFound', `${p} is a symlink to ${s.linkTarget ?? '?'}, which does not exist.`);
      }
      if (s.targetKind === 'directory') throw new FilesError('isDirectory', `${p} is a directory.`);
      return this.read(s.linkTarget, opts, hops + 1);
    }
    const size = header.size ?? 0;
    if (size > max) {
      throw new FilesError(
        'tooLarge',
        `${p} is ${formatBytes(size)}, more than the ${formatBytes(max)} the editor opens. Download it instead.`,
      );
    }
    return data;
  }

  /** The owner of `path` (root when unreadable), so a save keeps who owns the file. */
  private async ownerOf(path: string, signal?: AbortSignal): Promise<Owner> {
    try {
      const { header } = await firstEntry(await this.archive.get(this.id, this.abs(path), signal), {
        maxBytes: Infinity,
        headerOnly: true,
      });
      return { uid: header.uid ?? 0, gid: header.gid ?? 0 };
    } catch {
      return { uid: 0, gid: 0 };
    }
  }

  async write(
    path: string,
    data: Uint8Array,
    opts: { create: boolean; overwrite: boolean; signal?: AbortSignal },
  ): Promise<void> {
    const p = normalize(path);
    await this.assertWritable(p);
    const existing = await this.stat(p, opts.signal).catch((e: unknown) => {
      if (e instanceof FilesError && e.code === 'notFound') return undefined;
      throw e;
    });
    if (existing && (existing.kind === 'directory' || existing.targetKind === 'directory')) {
      throw new FilesError('isDirectory', `${p} is a directory.`);
    }
    if (existing && !opts.overwrite) throw new FilesError('exists', `${p} already exists in ${this.options.label}.`);
    if (!existing && !opts.create) throw new FilesError('notFound', `${p} does not exist in ${this.options.label}.`);
    // a symlink is written through: its target gets the bytes, the link stays
    const target = existing?.kind === 'symlink' && existing.linkTarget ? normalize(existing.linkTarget) : p;
    const owner = await this.ownerOf(existing ? target : parentOf(target), opts.signal);
    const tar = await tarOf(baseName(target), { kind: 'file', data, perm: existing?.perm ?? 0o644 }, owner);
    try {
      await this.archive.put(this.id, this.abs(parentOf(target)), tar, { signal: opts.signal });
    } catch (err) {
      this.wrap(err, parentOf(target));
    }
  }

  async mkdir(path: string, signal?: AbortSignal): Promise<void> {
    const p = normalize(path);
    await this.assertWritable(p);
    if (await this.stat(p, signal).catch(() => undefined)) {
      throw new FilesError('exists', `${p} already exists in ${this.options.label}.`);
    }
    const owner = await this.ownerOf(parentOf(p), signal);
    const tar = await tarOf(baseName(p), { kind: 'directory', perm: 0o755 }, owner);
    try {
      await this.archive.put(this.id, this.abs(parentOf(p)), tar, { signal });
    } catch (err) {
      this.wrap(err, parentOf(p));
    }
  }

  private async run(verb: string, argv: string[], path: string, signal?: AbortSignal): Promise<void> {
    await this.assertRunning(verb);
    const r = await this.archive.exec(this.id, argv, signal).catch((err: unknown) => this.wrap(err, path));
    if (r.exitCode !== 0) {
      const why = r.stderr.trim() || `exit code ${r.exitCode}`;
      throw new FilesError(/read-only/i.test(why) ? 'readOnly' : 'failed', `${verb} ${path} failed: ${why}`);
    }
  }

  async delete(path: string, opts: { recursive: boolean; signal?: AbortSignal }): Promise<void> {
    const p = normalize(path);
    if (p === '/') throw new FilesError('readOnly', `The root of ${this.options.label} cannot be deleted.`);
    await this.assertWritable(p);
    const s = await this.stat(p, opts.signal);
    const argv = s.kind === 'directory' ? (opts.recursive ? ['rm', '-rf', '--'] : ['rmdir', '--']) : ['rm', '-f', '--'];
    await this.run('Deleting', [...argv, this.abs(p)], p, opts.signal);
  }

  async rename(from: string, to: string, opts: { overwrite: boolean; signal?: AbortSignal }): Promise<void> {
    const a = normalize(from);
    const b = normalize(to);
    await this.assertWritable(a);
    await this.assertWritable(b);
    await this.stat(a, opts.signal);
    const existing = await this.stat(b, opts.signal).catch(() => undefined);
    if (existing && !opts.overwrite) throw new FilesError('exists', `${b} already exists in ${this.options.label}.`);
    if (existing?.kind === 'directory') {
      throw new FilesError('isDirectory', `${b} is a directory; delete it first or pick another name.`);
    }
    await this.run('Renaming', ['mv', '-f', '--', this.abs(a), this.abs(b)], a, opts.signal);
  }

  /** `docker cp <local> <container>:<dir>`: a local file or folder, with its name, into `dir`. */
  async upload(localPath: string, dir: string, o: CopyOptions = {}): Promise<void> {
    const d = normalize(dir);
    await this.assertWritable(d);
    try {
      await copyToContainer(this.archive, this.id, localPath, this.abs(d), o);
    } catch (err) {
      this.wrap(err, d);
    }
  }

  /** `docker cp <container>:<path> <localDir>`: the file or folder, with its name, into `localDir`. */
  async download(path: string, localDir: string, o: CopyOptions = {}): Promise<void> {
    const p = normalize(path);
    try {
      await copyFromContainer(this.archive, this.id, this.abs(p), localDir, o);
    } catch (err) {
      this.wrap(err, p);
    }
  }
}
