// Minimal typing for tar-fs 2 (no bundled types): only pack() is used, for build contexts.
declare module 'tar-fs' {
  import type { Readable } from 'node:stream';
  export function pack(cwd: string, opts?: { entries?: string[]; dereference?: boolean }): Readable;
}
