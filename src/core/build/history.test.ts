import { describe, expect, it } from 'vitest';
import { emptyForm } from './buildForm';
import { addBuild, describeBuild, historyLimit, readHistory, type BuildRecord } from './history';

const rec = (at: number, over: Partial<BuildRecord> = {}): BuildRecord => ({
  at,
  form: { ...emptyForm('/c', '/c/Dockerfile'), tags: ['app:1'] },
  result: 'succeeded',
  durationMs: 4210,
  stepsCached: 3,
  steps: 5,
  builder: 'buildkit',
  ...over,
});

describe('build history (unit)', () => {
  it('keeps the newest first, up to the limit', () => {
    let h: BuildRecord[] = [];
    for (let i = 0; i < historyLimit + 5; i++) h = addBuild(h, rec(i));
    expect(h).toHaveLength(historyLimit);
    expect(h[0]?.at).toBe(historyLimit + 4);
  });

  it('drops malformed stored entries', () => {
    expect(
      readHistory([rec(1), null, 3, { at: 1, result: 'odd', form: { dockerfile: 'x', tags: [] } }, { at: 2 }]),
    ).toEqual([rec(1)]);
    expect(readHistory('nope')).toEqual([]);
  });

  it('describes tag, duration, result and cached steps', () => {
    expect(describeBuild(rec(1))).toEqual({
      label: '$(pass) app:1',
      detail: 'succeeded · 4.2 s · 3/5 steps cached · buildkit',
    });
    expect(describeBuild(rec(1, { result: 'failed', error: 'exit code: 3', durationMs: 12_400 })).detail).toBe(
      'failed · 12 s · 3/5 steps cached · buildkit · exit code: 3',
    );
  });
});
