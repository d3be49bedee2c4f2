// After Run/Start: did the container keep running? A container whose command ends at once (an image whose
// CMD is `sh`, run without a terminal) is not "Started"; say what happened and what to do instead.
import { shellLine } from './shellText';
import type { ContainerInspect } from '../engine/types';

export type StartOutcome =
  | { kind: 'running' }
  /** exited (or was removed by --rm, code unknown) right after starting */
  | { kind: 'exited'; message: string; code?: number }
  /** exited and its restart policy brings it back: a crash loop */
  | { kind: 'restarting'; message: string; code: number };

/** argv as a learner would type it: quotes only where the shell needs them. */
export function commandText(argv: string[]): string {
  return shellLine(argv);
}

/** What the container ran: inspect's Path + Args (the entrypoint and command the engine resolved). */
export function commandOf(inspect: Pick<ContainerInspect, 'path' | 'args'>): string[] {
  return inspect.path ? [inspect.path, ...inspect.args] : [...inspect.args];
}

const way = 'run it interactively or give it a command';

export function exitedMessage(name: string, code: number | undefined, command: string[], removed = false): string {
  const cmd = command.length ? ` (\`${commandText(command)}\`)` : '';
  const gone = removed ? ' and was removed (--rm)' : '';
  if (code === undefined || code === 0)
    return `${name} exited${code === undefined ? '' : ' (code 0)'} right after starting${gone} — its command${cmd} finished; ${way}`;
  return `${name} exited (code ${code}) right after starting${gone} — its command${cmd} failed; its logs say why`;
}

/** The state read a moment after the start, turned into what to tell the user. `undefined`: it is gone (--rm). */
export function startOutcome(name: string, inspect: ContainerInspect | undefined, command: string[]): StartOutcome {
  if (!inspect) return { kind: 'exited', message: exitedMessage(name, undefined, command, true) };
  const s = inspect.state;
  const cmd = commandOf(inspect);
  if (s.restarting)
    return {
      kind: 'restarting',
      code: s.exitCode,
      message: `${name} keeps restarting — its command (\`${commandText(cmd)}\`) exited with code ${s.exitCode}; its logs say why`,
    };
  if (s.status === 'exited' || s.status === 'dead') {
    const why = s.oomKilled ? 'was killed for lack of memory' : '';
    const message = why
      ? `${name} ${why} right after starting (code ${s.exitCode})`
      : exitedMessage(name, s.exitCode, cmd);
    return { kind: 'exited', code: s.exitCode, message };
  }
  return { kind: 'running' };
}

/** How long to wait before reading the state: long enough for `sh` without stdin to end, short enough not to notice. */
export const settleMs = 700;

/**
 * Waits `settleMs`, then reads the state once. `inspect` resolves undefined when the container is gone.
 * `command` is what to name when it is gone (the image's entrypoint + cmd).
 */
export async function settleAfterStart(
  name: string,
  inspect: () => Promise<ContainerInspect | undefined>,
  command: string[] = [],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<StartOutcome> {
  await sleep(settleMs);
  return startOutcome(name, await inspect(), command);
}

/** Attach Shell on a container that is not running: why there is no shell, and the offer. */
export function shellNeedsRunning(name: string, status: string): string {
  const verb = status === 'paused' ? 'Unpause' : 'Start';
  return `${name} is ${status}: a shell runs inside a running container. ${verb} it and attach a shell?`;
}
