// Reading a file the workspace names (`.env`, an override or `include:`d compose file, `.dockerignore`,
// `.hadolint.yaml`): regular files only, never more than a size cap, and a reason whenever the file was not read.
// A symlink to /dev/zero or a FIFO must not hang or exhaust the process that reads it.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';

/** The largest workspace file we read whole (env, compose, ignore and config files are kilobytes). */
export const MAX_WORKSPACE_FILE_BYTES = 4 * 1024 * 1024;

export type BoundedRead = { ok: true; text: string } | { ok: false; reason: string; missing?: boolean };

export interface BoundedReadOptions {
  maxBytes?: number;
  /** when set (an untrusted workspace), only files whose real path lies inside one of these folders are read */
  within?: readonly string[];
}

function kindOf(st: import('node:fs').Stats): string {
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

const inside = (p: string, dirs: readonly string[]) =>
  dirs.some((d) => p === d || p.startsWith(d.endsWith(sep) ? d : d + sep));

/** Reads `file` as UTF-8 if it is a regular file of at most `maxBytes`; otherwise says why not. Never throws. */
export function readBounded(file: string, opts: BoundedReadOptions = {}): BoundedRead {
  const max = opts.maxBytes ?? MAX_WORKSPACE_FILE_BYTES;
  if (opts.within) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return { ok: false, reason: 'it does not exist', missing: true };
    }
    const roots = opts.within.map((d) => {
      try {
        return realpathSync(d);
      } catch {
        return d;
      }
    });
    if (!inside(real, roots))
      return { ok: false, reason: `it resolves to ${real}, outside the workspace, which is not trusted` };
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait; it has no effect on regular files
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'it does not exist', missing: true };
    return { ok: false, reason: `it could not be opened (${code ?? String(e)})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: `it is ${kindOf(st)}, not a regular file` };
    if (st.size > max) return { ok: false, reason: `it is ${st.size} bytes, over the ${max}-byte limit` };
    // the file may grow while we read: never take more than max + 1 bytes
    let buf = Buffer.allocUnsafe(Math.min(max + 1, Math.max(st.size + 1, 4096)));
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n > max) return { ok: false, reason: `it grew over the ${max}-byte limit while being read` };
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(max + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
    }
    return { ok: true, text: buf.toString('utf8', 0, n) };
  } catch (e) {
    return { ok: false, reason: `it could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  } finally {
    closeSync(fd);
  }
}

/** The text, or undefined when the file could not be read (the reason goes to `onSkip`, unless it is simply missing). */
export function readBoundedOrSkip(
  file: string,
  onSkip: ((file: string, reason: string) => void) | undefined,
  opts: BoundedReadOptions = {},
): string | undefined {
  const r = readBounded(file, opts);
  if (r.ok) return r.text;
  if (!r.missing) onSkip?.(file, r.reason);
  return undefined;
}
