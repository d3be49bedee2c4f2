import { describe, expect, it } from 'vitest';
import { endNotice, noOutputNotice } from './logView';

describe('log view edges (unit)', () => {
  it('says when a container has written nothing', () => {
    expect(noOutputNotice('web', true)).toBe('— web has written no output yet; new lines appear here —');
    expect(noOutputNotice('web', false)).toBe('— web has written no output —');
    expect(noOutputNotice('web', false, 'in the last 10 minutes')).toBe(
      '— web wrote no output in the last 10 minutes —',
    );
  });

  it('says "removed" for a removed container, not "waiting for it to start again"', () => {
    expect(endNotice('web', true)).toEqual({
      notice: '— web was removed; its log is gone with it (a new container named web is followed here) —',
      status: 'removed',
    });
    expect(endNotice('web', false).notice).toBe('— web stopped; waiting for it to start again —');
    expect(endNotice('web', true).notice).not.toMatch(/waiting for it to start again/);
  });
});
