// stdout for the CLI without process.stdout when it can: creating that stream loads Node's stream machinery,
// several milliseconds of a short `stevedore lint` run that prints one report.
import { fstatSync, statSync, writeSync } from 'node:fs';

let viaStream = false;

/** Writes all of `s` to fd 1; a non-blocking pipe that fills up (EAGAIN) hands the rest to process.stdout. */
export function writeStdout(s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  if (!viaStream) {
    try {
      while (off < buf.length) off += writeSync(1, buf, off);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return; // the reader went away (`| head`)
      if (code !== 'EAGAIN') throw e;
      viaStream = true; // from now on, so the order of writes is kept
    }
  }
  process.stdout.write(buf.subarray(off));
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
