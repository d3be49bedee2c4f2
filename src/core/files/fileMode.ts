// File types and permissions from the three encodings the engine hands out: Go os.FileMode (archive
// path stat), POSIX st_mode (stat in the container), and tar header types.

export type FileKind = 'file' | 'directory' | 'symlink' | 'other';

/** Go's os.FileMode type bits. */
const goDir = 2 ** 31;
const goSymlink = 2 ** 27;
/** device, named pipe, socket, char device, irregular */
const goOther = (1 << 26) | (1 << 25) | (1 << 24) | (1 << 21) | (1 << 19);

export function kindFromGoMode(mode: number): FileKind {
  if (mode >= goDir) return 'directory';
  if (mode & goSymlink) return 'symlink';
  return mode & goOther ? 'other' : 'file';
}

/** Permission bits (with setuid/setgid/sticky as POSIX places them) of a Go os.FileMode. */
export function permFromGoMode(mode: number): number {
  const low = mode % goDir;
  return (
    (low & 0o777) | (low & (1 << 23) ? 0o4000 : 0) | (low & (1 << 22) ? 0o2000 : 0) | (low & (1 << 20) ? 0o1000 : 0)
  );
}

/** POSIX st_mode (as `stat -c %f` prints it, hex). */
export function kindFromPosixMode(mode: number): FileKind {
  switch (mode & 0o170000) {
    case 0o040000:
      return 'directory';
    case 0o120000:
      return 'symlink';
    case 0o100000:
      return 'file';
    default:
      return 'other';
  }
}

export function kindFromTarType(type: string | null | undefined): FileKind {
  switch (type) {
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'file':
    case 'link':
    case 'contiguous-file':
    case undefined:
    case null:
      return 'file';
    default:
      return 'other';
  }
}

const letters: Record<FileKind, string> = { file: '-', directory: 'd', symlink: 'l', other: '?' };

/** `drwxr-xr-x`, as `ls -l` shows it. */
export function modeString(kind: FileKind, perm: number): string {
  const rwx = (bits: number, special: boolean, s: string) =>
    `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${special ? (bits & 1 ? s : s.toUpperCase()) : bits & 1 ? 'x' : '-'}`;
  return (
    letters[kind] +
    rwx((perm >> 6) & 7, (perm & 0o4000) !== 0, 's') +
    rwx((perm >> 3) & 7, (perm & 0o2000) !== 0, 's') +
    rwx(perm & 7, (perm & 0o1000) !== 0, 't')
  );
}
