import { describe, expect, it } from 'vitest';
import { createEngine, createFailedEngine, dockerodeOf, EngineError } from './index';

describe('engine factory (unit)', () => {
  it('dockerodeOf gives the client behind a dockerode engine', () => {
    const e = createEngine({ host: 'unix:///tmp/none.sock', source: 'setting', reason: 'test' });
    expect(typeof dockerodeOf(e).listContainers).toBe('function');
    e.dispose();
  });

  it('an engine for an unresolved endpoint fails every call, and dockerodeOf, with the resolution error', async () => {
    const err = new EngineError('notFound', "Docker context 'gone' does not exist");
    const e = createFailedEngine(err, { context: 'gone' });
    expect(e.endpoint).toMatchObject({ host: '', context: 'gone', reason: err.message });
    await expect(e.listContainers()).rejects.toBe(err);
    await expect(e.version()).rejects.toBe(err);
    await expect(e.events()[Symbol.asyncIterator]().next()).rejects.toBe(err);
    expect(() => dockerodeOf(e)).toThrow(err);
  });
});
