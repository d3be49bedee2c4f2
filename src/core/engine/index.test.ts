import { describe, expect, it } from 'vitest';
import { actionsFor } from './actions';
import { dockerOf } from './actionsDocker';
import { createEngine, createFailedEngine, EngineError } from './index';

describe('engine factory (unit)', () => {
  it('dockerOf gives the client behind a dockerode engine', () => {
    const e = createEngine({ host: 'unix:///tmp/none.sock', source: 'setting', reason: 'test' });
    expect(typeof dockerOf(e).listContainers).toBe('function');
    e.dispose();
  });

  it('an engine for an unresolved endpoint fails every call, and dockerOf, with the resolution error', async () => {
    const err = new EngineError('notFound', "Docker context 'gone' does not exist");
    const e = createFailedEngine(err, { context: 'gone' });
    expect(e.endpoint).toMatchObject({ host: '', context: 'gone', reason: err.message });
    await expect(e.listContainers()).rejects.toBe(err);
    await expect(e.version()).rejects.toBe(err);
    await expect(e.events()[Symbol.asyncIterator]().next()).rejects.toBe(err);
    expect(() => dockerOf(e)).toThrow(err);
    // and every action, awaited or streamed
    await expect(actionsFor(e).startContainer('x')).rejects.toBe(err);
    await expect(actionsFor(e).pullImage('alpine')[Symbol.asyncIterator]().next()).rejects.toBe(err);
    await expect(actionsFor(e).prunePreview('containers')).rejects.toBe(err);
  });
});
