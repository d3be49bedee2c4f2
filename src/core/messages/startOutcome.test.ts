import { describe, expect, it } from 'vitest';
import { containerInspect } from '../engine/fixtures.test-helpers';
import type { ContainerInspect } from '../engine/types';
import {
  commandText,
  exitedMessage,
  settleAfterStart,
  settleMs,
  shellNeedsRunning,
  startOutcome,
} from './startOutcome';

const inspect = (state: Partial<ContainerInspect['state']>, path = 'sh', args: string[] = []) =>
  containerInspect(state, { path, args });

describe('start outcome messages (unit)', () => {
  it('a command that ended at once: exited (code 0), names the command, says what to do', () => {
    expect(startOutcome('ux-bb', inspect({ status: 'exited', exitCode: 0 }), [])).toEqual({
      kind: 'exited',
      code: 0,
      message:
        'ux-bb exited (code 0) right after starting — its command (`sh`) finished; run it interactively or give it a command',
    });
  });

  it('a failing command points at the logs, quoting only what the shell needs', () => {
    const o = startOutcome('web', inspect({ status: 'exited', exitCode: 2 }, 'sh', ['-c', 'exit 2']), []);
    expect(o.kind === 'exited' && o.message).toBe(
      "web exited (code 2) right after starting — its command (`sh -c 'exit 2'`) failed; its logs say why",
    );
  });

  it('removed by --rm: names the command it was given', () => {
    expect(startOutcome('tmp', undefined, ['echo', 'hi'])).toEqual({
      kind: 'exited',
      message:
        'tmp exited right after starting and was removed (--rm) — its command (`echo hi`) finished; run it interactively or give it a command',
    });
  });

  it('restarting: a crash loop', () => {
    expect(startOutcome('db', inspect({ status: 'restarting', restarting: true, exitCode: 1 }, 'false'), [])).toEqual({
      kind: 'restarting',
      code: 1,
      message: 'db keeps restarting — its command (`false`) exited with code 1; its logs say why',
    });
  });

  it('out of memory says so', () => {
    const o = startOutcome('big', inspect({ status: 'exited', exitCode: 137, oomKilled: true }), []);
    expect(o.kind === 'exited' && o.message).toBe('big was killed for lack of memory right after starting (code 137)');
  });

  it.each(['running', 'created', 'paused'] as const)('%s is fine', (status) => {
    expect(startOutcome('x', inspect({ status }), [])).toEqual({ kind: 'running' });
  });

  it('no command: no empty backquotes', () => {
    expect(exitedMessage('x', 0, [])).toBe(
      'x exited (code 0) right after starting — its command finished; run it interactively or give it a command',
    );
    expect(commandText(['echo', 'a b', "it's"])).toBe(`echo 'a b' 'it'\\''s'`);
  });

  it('settleAfterStart waits once, then reads the state once', async () => {
    const waits: number[] = [];
    let reads = 0;
    const o = await settleAfterStart(
      'ux-bb',
      async () => (reads++, inspect({ status: 'exited' })),
      [],
      async (ms) => void waits.push(ms),
    );
    expect(waits).toEqual([settleMs]);
    expect(reads).toBe(1);
    expect(o.kind).toBe('exited');
  });
});

describe('attach shell on a stopped container (unit)', () => {
  it('offers to start (or unpause) it', () => {
    expect(shellNeedsRunning('web', 'exited')).toBe(
      'web is exited: a shell runs inside a running container. Start it and attach a shell?',
    );
    expect(shellNeedsRunning('web', 'paused')).toBe(
      'web is paused: a shell runs inside a running container. Unpause it and attach a shell?',
    );
  });
});
