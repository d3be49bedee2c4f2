// Minimal typing for tar-fs 2 (no bundled types): pack() for build contexts and docker cp, extract() for docker cp.
declare module 'tar-fs' {
  import type { Readable, Writable } from 'node:stream';
  export function pack(cwd: string, opts?: { entries?: string[]; dereference?: boolean }): Readable;
  export function extract(cwd: string, opts?: { readable?: boolean; writable?: boolean }): Writable;
}
