// stdout and stderr for the CLI without process.stdout/process.stderr when it can: creating those streams loads
// Node's stream machinery, several milliseconds of a short `stevedore lint` run that prints one report.
import { fstatSync, statSync, writeSync } from 'node:fs';

/**
 * The descriptors whose writes went to their stream at some point (a full non-blocking pipe), and may be pending.
 * Each CLI unit bundles its own copy of this module (scripts/build.mjs): they share this one set, kept on globalThis.
 */
const viaStream: Set<1 | 2> = ((globalThis as Record<symbol, Set<1 | 2> | undefined>)[
  Symbol.for('stevedore.cli.viaStream')
] ??= new Set());

/** Writes all of `s` to fd; a non-blocking pipe that fills up (EAGAIN) hands the rest to the process's stream. */
function writeFd(fd: 1 | 2, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  if (!viaStream.has(fd)) {
    try {
      while (off < buf.length) off += writeSync(fd, buf, off);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return; // the reader went away (`| head`)
      if (code !== 'EAGAIN') throw e;
      viaStream.add(fd); // from now on, so the order of writes is kept
    }
  }
  (fd === 1 ? process.stdout : process.stderr).write(buf.subarray(off));
}

export const writeStdout = (s: string): void => writeFd(1, s);
export const writeStderr = (s: string): void => writeFd(2, s);

/**
 * Ends the process with `code`. When everything written is already in its file descriptor, at once: that skips
 * closing what is still open (an engine connection) and tearing down the heap, a few milliseconds of a short run.
 * Otherwise (a stream still holds output) the process ends by itself once the streams have drained.
 */
export function exitWith(code: number): void {
  process.exitCode = code;
  if (viaStream.size === 0) process.exit(code);
}

/** Whether stdout is a terminal; files, pipes and /dev/null are answered without creating process.stdout. */
export function stdoutIsTTY(): boolean {
  try {
    const st = fstatSync(1);
    if (!st.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // fall through to the stream's own answer
  }
  return process.stdout.isTTY === true;
}
