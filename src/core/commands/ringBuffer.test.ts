import { describe, expect, it } from 'vitest';
import { LineSplitter, LogRingBuffer } from './ringBuffer';

describe('log ring buffer (unit)', () => {
  it('keeps the newest lines within the byte budget', () => {
    const b = new LogRingBuffer(100, 1000);
    for (let i = 0; i < 50; i++) b.push({ stream: 'stdout', text: `line ${String(i).padStart(4, '0')}` });
    expect(b.byteSize).toBeLessThanOrEqual(100);
    const lines = b.toArray().map((l) => l.text);
    expect(lines.at(-1)).toBe('line 0049');
    expect(lines).toHaveLength(11); // 11 × 9 chars fit in 100
    expect(b.dropped).toBe(39);
  });

  it('keeps at most maxLines and truncates runaway lines', () => {
    const b = new LogRingBuffer(1e9, 3, 10);
    for (const t of ['a', 'b', 'c', 'd', 'x'.repeat(50)]) b.push({ stream: 'stderr', text: t });
    expect(b.toArray().map((l) => l.text)).toEqual(['c', 'd', `${'x'.repeat(10)}… [line truncated]`]);
    b.clear();
    expect(b.size).toBe(0);
    expect(b.toArray()).toEqual([]);
  });

  it('splits lines across chunks, including split UTF-8 sequences and CRLF', () => {
    const s = new LineSplitter();
    const bytes = Buffer.from('héllo\r\nwörld\npart');
    expect([...s.push(bytes.subarray(0, 2)), ...s.push(bytes.subarray(2, 9)), ...s.push(bytes.subarray(9))]).toEqual([
      'héllo',
      'wörld',
    ]);
    expect(s.flush()).toEqual(['part']);
  });
});
