import { describe, expect, it } from 'vitest';
import { Emitter } from './emitter';

describe('Emitter (unit)', () => {
  it('calls the listeners subscribed when it fires, with its arguments, until each is disposed', () => {
    const e = new Emitter<[id: string, n: number]>();
    const seen: string[] = [];
    const a = e.on((id, n) => seen.push(`a ${id} ${n}`));
    e.on((id) => seen.push(`b ${id}`));
    e.fire('x', 1);
    a.dispose();
    e.fire('y', 2);
    e.dispose();
    e.fire('z', 3);
    expect(seen).toEqual(['a x 1', 'b x', 'b y']);
  });

  it('a listener that throws does not stop the others; one added while firing hears the next fire', () => {
    const e = new Emitter<[number]>();
    const seen: number[] = [];
    e.on(() => {
      throw new Error('bad listener');
    });
    e.on((n) => {
      seen.push(n);
      if (n === 1) e.on((m) => seen.push(m * 10));
    });
    e.fire(1);
    e.fire(2);
    expect(seen).toEqual([1, 2, 20]);
  });
});
