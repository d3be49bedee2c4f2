// Hostile names through every name-taking verb: each call settles (done, or an engine error naming the cause),
// never hangs, never throws past the engine module (docker-modem's redirect follower once threw `Invalid URL`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/core/engine/actions';
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
        actionsFor(e).inspectRaw('container', name),
        actionsFor(e).inspectRaw('image', name),
        actionsFor(e).inspectRaw('volume', name),
        actionsFor(e).inspectRaw('network', name),
        actionsFor(e).startContainer(name),
        actionsFor(e).stopContainer(name, 0),
        actionsFor(e).restartContainer(name, 0),
        actionsFor(e).pauseContainer(name),
        actionsFor(e).unpauseContainer(name),
        actionsFor(e).killContainer(name),
        actionsFor(e).renameContainer(name, `${t.prefix}renamed`),
        actionsFor(e).removeContainer(name, {}),
        actionsFor(e).removeVolume(name),
        actionsFor(e).removeNetwork(name),
        actionsFor(e).connectNetwork(name, name),
        actionsFor(e).disconnectNetwork(name, name),
        actionsFor(e).tagImage(name, `${t.prefix}tagged:1`),
        actionsFor(e).removeImage(name, {}),
        actionsFor(e).imageHistory(name),
      ];
      const results = await Promise.all(calls.map(settles));
      // nothing by these names exists: every verb must say so rather than succeed on something else
      expect(results.filter((r) => r === 'ok')).toEqual([]);
      expect(uncaught).toEqual([]);
    });

  it('a network named ../x (the engine allows it) can be inspected, connected, disconnected and removed by name', async () => {
    const name = '../x';
    await t.docker.createNetwork({ Name: name, Labels: t.labels });
    const c = await actionsFor(t.engine).createContainer(t.spec({ name: `${t.prefix}dots` }));
    expect(((await actionsFor(t.engine).inspectRaw('network', name)) as { Name: string }).Name).toBe(name);
    await actionsFor(t.engine).connectNetwork(name, c);
    await actionsFor(t.engine).disconnectNetwork(name, c);
    await actionsFor(t.engine).removeNetwork(name);
    expect((await t.docker.listNetworks({ filters: { name: [name] } })).filter((n) => n.Name === name)).toEqual([]);
    expect(uncaught).toEqual([]);
  });
});
