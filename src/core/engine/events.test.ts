import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseEventStream } from './events';
import type { EngineEvent } from './types';

const ev = (action: string, id: string): string =>
  JSON.stringify({ Type: 'container', Action: action, Actor: { ID: id, Attributes: {} }, time: 1, timeNano: 1 });

describe('parseEventStream (unit)', () => {
  it('parses messages split across chunks (and multi-byte characters split across chunks)', async () => {
    const s = new PassThrough();
    const got: EngineEvent[] = [];
    const done = (async () => {
      try {
        for await (const e of parseEventStream(s, 'unix:///x')) got.push(e);
      } catch (e) {
        return e;
      }
    })();
    const text = `${ev('create', 'a')}\n${JSON.stringify({ Type: 'container', Action: 'rename', Actor: { ID: 'b', Attributes: { name: 'café' } } })}\n\n{torn\n${ev('start', 'c')}\n`;
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('é')) + 1; // inside the 2-byte é
    s.write(bytes.subarray(0, 10));
    s.write(bytes.subarray(10, cut));
    s.write(bytes.subarray(cut));
    s.end();
    const err = await done;
    expect(got.map((e) => [e.action, e.id])).toEqual([
      ['create', 'a'],
      ['rename', 'b'],
      ['start', 'c'],
    ]);
    expect(got[1]?.attributes.name).toBe('café');
    // the engine closing the stream is an error the monitor reconnects on
    expect(err).toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/event stream .* ended/) });
  });

  it('returns quietly when cancelled, and destroys the response', async () => {
    const s = new PassThrough();
    const ac = new AbortController();
    const got: string[] = [];
    const done = (async () => {
      for await (const e of parseEventStream(s, 'unix:///x', ac.signal)) {
        got.push(e.action);
        ac.abort();
      }
    })();
    s.write(`${ev('die', 'a')}\n`);
    await expect(done).resolves.toBeUndefined();
    expect(got).toEqual(['die']);
    expect(s.destroyed).toBe(true);
  });

  it('a consumer that stops early (break) releases the response', async () => {
    const s = new PassThrough();
    s.write(`${ev('a', '1')}\n${ev('b', '2')}\n`);
    for await (const _ of parseEventStream(s, 'unix:///x')) break;
    expect(s.destroyed).toBe(true);
  });

  it('drops an endless line instead of buffering it forever, and keeps going', async () => {
    const s = new PassThrough();
    const got: string[] = [];
    const ac = new AbortController();
    const done = (async () => {
      for await (const e of parseEventStream(s, 'unix:///x', ac.signal, 64)) {
        got.push(e.action);
        ac.abort();
      }
    })();
    s.write('x'.repeat(100));
    await new Promise((r) => setImmediate(r));
    // without the limit this event would be glued to the garbage and lost
    s.write(`${ev('start', 'a')}\n`);
    await done;
    expect(got).toEqual(['start']);
  });
});
