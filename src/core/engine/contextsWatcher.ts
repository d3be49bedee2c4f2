// Notices contexts created, removed or switched in a terminal: watches the Docker CLI's config.json and
// contexts/meta (fs.watch, no polling) and reports a change once per burst of file events.
import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { configDirOf, type ResolveOptions } from './resolve';
import type { Disposable } from './types';

export interface ContextsWatcherOptions extends Pick<ResolveOptions, 'env' | 'configDir'> {
  /** quiet time after the last file event before `onChange` (`docker context create` writes several files) */
  debounceMs?: number;
}

/**
 * Calls `onChange` after `config.json` (current context) or anything under `contexts/meta` (one folder per
 * context) changes. Folders that do not exist yet are picked up when the config folder sees them appear.
 * A config folder that does not exist at all is not watched (nothing to notice until the CLI creates it).
 */
export function watchDockerContexts(onChange: () => void, opts: ContextsWatcherOptions = {}): Disposable {
  const dir = configDirOf(opts);
  const metaDir = path.join(dir, 'contexts', 'meta');
  const debounceMs = opts.debounceMs ?? 200;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const watchers = new Map<string, FSWatcher>();

  const changed = (): void => {
    if (disposed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!disposed) onChange();
    }, debounceMs);
  };
  const open = (p: string, recursive: boolean, listener: (file: string | null) => void): void => {
    if (disposed || watchers.has(p)) return;
    try {
      const w = watch(p, { recursive, persistent: false }, (_event, file) =>
        listener(file === null ? null : String(file)),
      );
      // the folder went away (e.g. ~/.docker/contexts removed): forget it; the parent re-arms it if it comes back
      w.on('error', () => {
        w.close();
        watchers.delete(p);
      });
      watchers.set(p, w);
    } catch {
      // not there (yet)
    }
  };
  const armMeta = (): void => {
    open(path.join(dir, 'contexts'), false, (file) => {
      if (file === 'meta') {
        armMeta();
        changed();
      }
    });
    open(metaDir, true, () => changed());
  };
  open(dir, false, (file) => {
    if (file === 'config.json' || file === null) changed();
    if (file === 'contexts' || file === null) {
      armMeta();
      changed();
    }
  });
  armMeta();

  return {
    dispose() {
      disposed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
