// Hostile names through every name-taking verb: each call settles (done, or an engine error naming the cause),
// never hangs, never throws past the engine module (docker-modem's redirect follower once threw `Invalid URL`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as a from '../../src/core/engine/actions';
import { setupEnv, type TestEnv } from './commandsHelpers';

let t: TestEnv;
beforeAll(async () => {
  t = await setupEnv();
});
afterAll(async () => {
  await t.cleanup();
});

const HOSTILE = ['../x', '..', '.', '%2e%2e', '%2e%2e%2fx', 'a b', `q"uo'te`, 'ünï©ødé', 'a?b#c', 'x'.repeat(300), '/'];

/** Settles within the bound: resolved, or rejected with an Error carrying a message. */
async function settles(p: Promise<unknown>): Promise<'ok' | string> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('did not settle in 10 s')), 10_000),
  );
  try {
    await Promise.race([p, timeout]);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).not.toMatch(/did not settle|Invalid URL/);
    return (e as Error).message;
  }
}

describe('hostile names at the engine door (integration)', () => {
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);
  beforeAll(() => process.on('uncaughtException', onUncaught));
  afterAll(() => process.off('uncaughtException', onUncaught));

  for (const name of HOSTILE)
    it(`every name-taking verb settles for ${JSON.stringify(name.slice(0, 40))}`, async () => {
      const e = t.engine;
      const calls: Promise<unknown>[] = [
        a.inspectRaw(e, 'container', name),
        a.inspectRaw(e, 'image', name),
        a.inspectRaw(e, 'volume', name),
        a.inspectRaw(e, 'network', name),
        a.startContainer(e, name),
        a.stopContainer(e, name, 0),
        a.restartContainer(e, name, 0),
        a.pauseContainer(e, name),
        a.unpauseContainer(e, name),
        a.killContainer(e, name),
        a.renameContainer(e, name, `${t.prefix}renamed`),
        a.removeContainer(e, name, {}),
        a.removeVolume(e, name),
        a.removeNetwork(e, name),
        a.connectNetwork(e, name, name),
        a.disconnectNetwork(e, name, name),
        a.tagImage(e, name, `${t.prefix}tagged:1`),
        a.removeImage(e, name, {}),
        a.imageHistory(e, name),
      ];
      const results = await Promise.all(calls.map(settles));
      // nothing by these names exists: every verb must say so rather than succeed on something else
      expect(results.filter((r) => r === 'ok')).toEqual([]);
      expect(uncaught).toEqual([]);
    });

  it('a network named ../x (the engine allows it) can be inspected, connected, disconnected and removed by name', async () => {
    const name = '../x';
    await t.docker.createNetwork({ Name: name, Labels: t.labels });
    const c = await a.createContainer(t.engine, t.spec({ name: `${t.prefix}dots` }));
    expect(((await a.inspectRaw(t.engine, 'network', name)) as { Name: string }).Name).toBe(name);
    await a.connectNetwork(t.engine, name, c);
    await a.disconnectNetwork(t.engine, name, c);
    await a.removeNetwork(t.engine, name);
    expect((await t.docker.listNetworks({ filters: { name: [name] } })).filter((n) => n.Name === name)).toEqual([]);
    expect(uncaught).toEqual([]);
  });
});
