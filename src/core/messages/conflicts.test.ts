import { describe, expect, it } from 'vitest';
import { classifyConflict, conflictActions, conflictMessage } from './conflicts';

// the engine's messages (docker 20.10 on this machine)
const port =
  'driver failed programming external connectivity on endpoint uxc-b (eb80c64fc02a8868fd801513fa2e08c4254d63d54e30c32e118718e1bd750d04): Bind for 0.0.0.0:8080 failed: port is already allocated';
const portLocal = port.replace('0.0.0.0:8080', '127.0.0.1:18081');
const name =
  'Conflict. The container name "/ux-web1" is already in use by container "20baa570957b3dd0f4e79a04d5cb557729805d5bb12d5d58f702e8f427fa5ee9". You have to remove (or rename) that container to be able to reuse that name.';
const volume =
  'remove uxv-t: volume is in use - [20baa570957b3dd0f4e79a04d5cb557729805d5bb12d5d58f702e8f427fa5ee9, 7f3e0c1d2b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4]';

describe('engine conflicts with a way out (unit)', () => {
  it('port allocated: names the container and offers Stop / Use another port', () => {
    const c = classifyConflict(port)!;
    expect(c).toEqual({ kind: 'portAllocated', port: 8080 });
    expect(conflictMessage(c, ['ux-web1'])).toBe('host port 8080 is already allocated by container ux-web1');
    expect(conflictActions(c, ['ux-web1'])).toEqual(['Stop ux-web1', 'Use another port']);
    expect(conflictMessage(c, [])).toBe('host port 8080 is already allocated by another program or container');
    expect(conflictActions(c, [])).toEqual(['Use another port']);
    expect(conflictMessage(classifyConflict(portLocal)!, ['a'])).toBe(
      'host port 18081 on 127.0.0.1 is already allocated by container a',
    );
  });

  it('name in use: Remove it / Choose another name', () => {
    const c = classifyConflict(name)!;
    expect(c).toEqual({
      kind: 'nameInUse',
      name: 'ux-web1',
      holderId: '20baa570957b3dd0f4e79a04d5cb557729805d5bb12d5d58f702e8f427fa5ee9',
    });
    expect(conflictMessage(c, ['exited'])).toBe('the name ux-web1 is in use by another container (exited)');
    expect(conflictActions(c, [])).toEqual(['Remove it', 'Choose another name']);
  });

  it('volume in use: the containers by name, not by id', () => {
    const c = classifyConflict(volume)!;
    expect(c.kind === 'volumeInUse' && c.containerIds).toHaveLength(2);
    expect(conflictMessage(c, ['web', 'db'])).toBe('volume uxv-t is in use by containers web, db');
    expect(conflictMessage({ kind: 'volumeInUse', volume: 'v', containerIds: ['0123456789abcdef'] }, [])).toBe(
      'volume v is in use by container 0123456789ab',
    );
    expect(conflictActions(c, ['web', 'db'])).toEqual(['Remove the containers first']);
  });

  it('anything else: not a conflict', () => {
    expect(classifyConflict('no such image')).toBeUndefined();
  });
});
