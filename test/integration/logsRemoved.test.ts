// The log session's ends: a removed container is said as removed (once), a stopped one as stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as a from '../../src/core/engine/actions';
import { actionsFor } from '../../src/core/engine/actions';
import { setupEnv, waitFor, type TestEnv } from './commandsHelpers';

let t: TestEnv;
beforeAll(async () => {
  t = await setupEnv();
});
afterAll(async () => {
  await t.cleanup();
});

describe('log session ends (integration)', () => {
  it('a followed session says "removed" when the container is removed, once', async () => {
    const name = `${t.prefix}removed`;
    await actionsFor(t.engine).runContainer(t.spec({ name, cmd: ['sh', '-c', 'echo here; sleep 300'] }));
    const ac = new AbortController();
    const events: a.LogSessionEvent[] = [];
    const run = (async () => {
      for await (const e of actionsFor(t.engine).followLogsSession(name, { signal: ac.signal })) events.push(e);
    })();
    const seen = () => events.map((e) => (e.type === 'chunk' ? e.data.toString() : e.type));
    await waitFor(() => events.some((e) => e.type === 'chunk'), 15000, seen);
    await actionsFor(t.engine).removeContainer(name, { force: true });
    await waitFor(() => events.some((e) => e.type === 'stopped'), 15000, seen);
    await new Promise((r) => setTimeout(r, 1000)); // the destroy event replayed while waiting is not said again
    ac.abort();
    await run;
    // a forced removal ends the stream while the container is marked "removing": said as removed, not stopped
    expect(events.filter((e) => e.type === 'stopped')).toEqual([{ type: 'stopped', name, removed: true }]);
  });

  it('a followed session that was only stopped says so, then "removed" when it goes', async () => {
    const name = `${t.prefix}stopthenrm`;
    await actionsFor(t.engine).runContainer(t.spec({ name, cmd: ['sh', '-c', 'echo here; sleep 300'] }));
    const ac = new AbortController();
    const events: a.LogSessionEvent[] = [];
    const run = (async () => {
      for await (const e of actionsFor(t.engine).followLogsSession(name, { signal: ac.signal })) events.push(e);
    })();
    const seen = () => events.map((e) => (e.type === 'chunk' ? e.data.toString() : e.type));
    await waitFor(() => events.some((e) => e.type === 'chunk'), 15000, seen);
    await actionsFor(t.engine).stopContainer(name, 0);
    await waitFor(() => events.some((e) => e.type === 'stopped'), 15000, seen);
    await actionsFor(t.engine).removeContainer(name, { force: true });
    await waitFor(() => events.filter((e) => e.type === 'stopped').length === 2, 15000, seen);
    ac.abort();
    await run;
    expect(events.filter((e) => e.type === 'stopped')).toEqual([
      { type: 'stopped', name, removed: false },
      { type: 'stopped', name, removed: true },
    ]);
  });
});
