// A volume's files: one helper container per volume while it is browsed (removed after a quiet spell and on
// dispose), read-only unless the user opted into writing.
import { containerArchive } from '../engine/files';
import { createHelper, helperMount, removeHelper } from '../engine/filesHelper';
import type { Engine } from '../engine/engine';
import { ContainerFs } from './containerFs';

export interface VolumeFilesOptions {
  /** the helper image (one with sh, find, stat, tar) */
  image: () => Promise<string>;
  /** remove a helper this long after its last use */
  idleMs?: number;
  labels?: Record<string, string>;
}

interface Held {
  fs: Promise<ContainerFs>;
  writable: boolean;
  engine: Engine;
  timer?: NodeJS.Timeout;
}

export class VolumeFiles {
  private readonly held = new Map<string, Held>();
  private readonly writable = new Set<string>();

  constructor(
    private readonly engine: () => Engine,
    private readonly options: VolumeFilesOptions,
  ) {}

  isWritable(volume: string): boolean {
    return this.writable.has(volume);
  }

  /** Opt a volume into (or out of) writing; its helper is replaced with one mounting it accordingly. */
  async setWritable(volume: string, on: boolean): Promise<void> {
    if (on) this.writable.add(volume);
    else this.writable.delete(volume);
    await this.release(volume);
  }

  /** The volume's file system; `/` is the volume's root. */
  fs(volume: string): Promise<ContainerFs> {
    const writable = this.writable.has(volume);
    let h = this.held.get(volume);
    if (h && h.writable !== writable) {
      void this.release(volume);
      h = undefined;
    }
    if (!h) {
      const engine = this.engine();
      const fs = (async () => {
        const image = await this.options.image();
        const id = await createHelper(engine, {
          image,
          volume,
          readOnly: !writable,
          run: true,
          labels: this.options.labels,
        });
        return new ContainerFs(containerArchive(engine), id, {
          root: helperMount,
          label: `volume ${volume} (helper image ${image})`,
          readOnly: writable
            ? undefined
            : `Volume ${volume} is browsed read-only. Use "Allow Writing to Volume Files" to change its files.`,
          factsTtlMs: 60_000,
        });
      })();
      h = { fs, writable, engine };
      this.held.set(volume, h);
      fs.catch(() => this.held.get(volume) === h && this.held.delete(volume));
    }
    this.touch(volume, h);
    return h.fs;
  }

  private touch(volume: string, h: Held): void {
    if (h.timer) clearTimeout(h.timer);
    h.timer = setTimeout(() => void this.release(volume), this.options.idleMs ?? 5 * 60_000);
    h.timer.unref?.();
  }

  /** Removes the volume's helper (if any). */
  async release(volume: string): Promise<void> {
    const h = this.held.get(volume);
    if (!h) return;
    this.held.delete(volume);
    if (h.timer) clearTimeout(h.timer);
    const fs = await h.fs.catch(() => undefined);
    if (fs) await removeHelper(h.engine, fs.id).catch(() => undefined);
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.held.keys()].map((v) => this.release(v)));
  }
}
