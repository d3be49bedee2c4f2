// Minimal typing for tar-stream 2 (no bundled types): only pack() and entry(), for copies into containers.
declare module 'tar-stream' {
  import type { Readable } from 'node:stream';
  export interface Pack extends Readable {
    entry(header: { name: string; size: number; mode?: number; uid?: number; gid?: number }, content: Buffer): void;
    finalize(): void;
  }
  export function pack(): Pack;
}
