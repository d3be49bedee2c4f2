// A directory's entries, two ways: one exec of find+stat in a running container, or the headers of the
// directory's archive (stopped containers, images without find/stat).
import type { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { kindFromPosixMode, kindFromTarType, type FileKind } from './fileMode';

export interface FileEntry {
  name: string;
  kind: FileKind;
  /** for a symlink: the kind of what it points at (undefined when dangling or unknown) */
  targetKind?: FileKind;
  /** for a symlink: its text */
  linkTarget?: string;
  size: number;
  /** permission bits (0o7777) */
  perm: number;
  mtimeMs: number;
}

/**
 * `sh -c <listScript> sh <dir>` prints one `<st_mode hex> <size> <mtime> ./<name>` line per entry, then a
 * `//links` line and, per symlink, `<d|f|-> <name>` and its text on the next line. A name holding a newline
 * continues on the following line (no line of ours starts without the record prefix).
 */
export const listScript =
  'cd -- "$1" || exit 3; find . -mindepth 1 -maxdepth 1 -exec stat -c "%f %s %Y %n" -- {} + || exit 4; echo //links; ' +
  'find . -mindepth 1 -maxdepth 1 -type l -exec sh -c \'for l; do if [ -d "$l" ]; then k=d; elif [ -e "$l" ]; then k=f; else k=-; fi; ' +
  'printf "%s %s\\n%s\\n" "$k" "$l" "$(readlink -- "$l")"; done\' sh {} +';

const record = /^([0-9a-f]+) (\d+) (\d+) \.\/(.*)$/;

export function parseListing(out: string): FileEntry[] {
  const [main, links = ''] = splitOnce(out, '\n//links\n');
  const entries: FileEntry[] = [];
  for (const line of main.split('\n')) {
    const m = record.exec(line);
    if (m) {
      const [, hex = '0', size, mtime, name = ''] = m;
      const mode = parseInt(hex, 16);
      entries.push({
        name,
        kind: kindFromPosixMode(mode),
        size: Number(size),
        perm: mode & 0o7777,
        mtimeMs: Number(mtime) * 1000,
      });
    } else {
      const last = entries[entries.length - 1];
      if (last && line !== '') last.name += `\n${line}`;
    }
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const lines = links.split('\n');
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const [, k, name = ''] = /^([df-]) \.\/(.*)$/.exec(lines[i] ?? '') ?? [];
    const e = byName.get(name);
    if (!k || !e) continue;
    e.targetKind = k === 'd' ? 'directory' : k === 'f' ? 'file' : undefined;
    e.linkTarget = lines[i + 1];
  }
  return entries;
}

function splitOnce(out: string, sep: string): [string, string?] {
  const s = `\n${out}`;
  const at = s.indexOf(sep);
  return at < 0 ? [s] : [s.slice(0, at), s.slice(at + sep.length)];
}

/**
 * The direct children of the directory whose archive `tar` is (entries `dir/…`, the directory itself first).
 * Reads headers only; file contents are skipped as they stream by. Symlink targets are left unknown.
 */
export function listFromArchive(tar: Readable, signal?: AbortSignal): Promise<FileEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: FileEntry[] = [];
    let root: string | undefined;
    const ex = extract();
    const fail = (err: Error) => {
      tar.destroy();
      reject(err);
    };
    const onAbort = () => fail(Object.assign(new Error('The listing was cancelled.'), { name: 'AbortError' }));
    signal?.addEventListener('abort', onAbort, { once: true });
    ex.on('entry', (h, body, next) => {
      const name = h.name.replace(/\/+$/, '');
      if (root === undefined) root = name;
      else if (name.startsWith(`${root}/`)) {
        const rest = name.slice(root.length + 1);
        if (rest && !rest.includes('/')) {
          const kind = kindFromTarType(h.type);
          entries.push({
            name: rest,
            kind,
            linkTarget: kind === 'symlink' ? (h.linkname ?? undefined) : undefined,
            size: kind === 'file' ? (h.size ?? 0) : 0,
            perm: (h.mode ?? 0) & 0o7777,
            mtimeMs: h.mtime ? h.mtime.getTime() : 0,
          });
        }
      }
      body.on('end', next);
      body.resume();
    });
    ex.on('finish', () => {
      signal?.removeEventListener('abort', onAbort);
      resolve(entries);
    });
    ex.on('error', fail);
    tar.on('error', fail);
    tar.pipe(ex);
  });
}

/** Directories first, then names in code-point order (what `ls` does in the C locale), case-insensitively. */
export function sortEntries(entries: FileEntry[]): FileEntry[] {
  const isDir = (e: FileEntry) => e.kind === 'directory' || (e.kind === 'symlink' && e.targetKind === 'directory');
  return [...entries].sort((a, b) => {
    if (isDir(a) !== isDir(b)) return isDir(a) ? -1 : 1;
    const la = a.name.toLowerCase();
    const lb = b.name.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
