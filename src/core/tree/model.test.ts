import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../engine/engine';
import type { ContainerSummary, EngineEvent, ListContainersOptions } from '../engine/types';
import { container, image, network, volume } from './fixtures.test-helpers';
import { ExplorerModel } from './model';
import { agingViews, type ViewName } from './refreshPolicy';

/** A fake engine for timing policy only; behaviour against Docker is covered by test/integration/explorer*. */
function fakeEngine(containers: ContainerSummary[]) {
  const calls: string[] = [];
  const engine = {
    listContainers: async (o?: ListContainersOptions) => {
      calls.push(o?.filters?.id ? `containers?id=${o.filters.id.length}` : 'containers');
      return structuredClone(o?.filters?.id ? containers.filter((c) => o.filters!.id!.includes(c.id)) : containers);
    },
    listImages: async () => {
      calls.push('images');
      return [image({ id: 'sha256:' + 'a'.repeat(64), repoTags: ['x:1'] })];
    },
    listVolumes: async () => {
      calls.push('volumes');
      return [volume('v')];
    },
    listNetworks: async () => {
      calls.push('networks');
      return [network('bridge', 'net-bridge')];
    },
  } as unknown as Engine;
  return { engine, calls };
}

const ev = (type: string, action: string, id: string, attributes: Record<string, string> = {}): EngineEvent => ({
  type,
  action,
  id,
  attributes,
  time: 0,
  timeNano: 0,
});

describe('explorer refresh policy (unit)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function setup(views: ViewName[]) {
    const list = [container({ name: 'a1' }), container({ name: 'b2' })];
    const { engine, calls } = fakeEngine(list);
    const model = new ExplorerModel({ engine });
    const changes: string[] = [];
    model.onDidChange((c) => changes.push(c.view));
    for (const v of views) await model.setVisible(v, true);
    calls.length = 0;
    changes.length = 0;
    return { model, calls, changes, list };
  }

  it('nothing is fetched while no view is visible; becoming visible loads once', async () => {
    const { engine, calls } = fakeEngine([]);
    const model = new ExplorerModel({ engine });
    model.handleEvent(ev('container', 'start', 'x'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
    await model.setVisible('networks', true);
    expect(calls.sort()).toEqual(['containers', 'networks']);
    await model.setVisible('networks', false);
    await model.setVisible('networks', true);
    expect(calls).toHaveLength(2);
  });

  it('a burst of 50 events refreshes each affected view once', async () => {
    const { model, calls, changes, list } = await setup(['containers', 'images', 'volumes', 'networks']);
    for (let i = 0; i < 50; i++) {
      const kind = i % 4;
      if (kind === 0) model.handleEvent(ev('container', 'start', list[i % 2]!.id));
      if (kind === 1) model.handleEvent(ev('image', 'tag', 'sha256:x'));
      if (kind === 2) model.handleEvent(ev('volume', 'create', `v${i}`));
      if (kind === 3) model.handleEvent(ev('network', 'create', `n${i}`));
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(300);
    await model.whenIdle();
    expect(calls.sort()).toEqual(['containers?id=1', 'images', 'networks', 'volumes']);
    expect(changes.sort()).toEqual(['images', 'networks', 'volumes']);
  });

  it('relative times move on from the records held: the clock rebuilds the text and asks the engine nothing', async () => {
    const { model, calls, changes, list } = await setup(['containers']);
    const a1 = () => model.getTree('containers').find((n) => n.label === 'a1')?.description ?? '';
    expect(a1()).toContain('Up 3 minutes');
    vi.setSystemTime(Date.now() + 2 * 60_000);
    model.relayout(['containers'], { kind: 'clock' });
    expect(changes).toEqual(['containers']);
    expect(a1()).toContain('Up 5 minutes');
    // the same status text read again later keeps its first reading as the anchor
    model.handleEvent(ev('container', 'update', list[0]!.id));
    await vi.advanceTimersByTimeAsync(250);
    await model.whenIdle();
    expect(calls).toEqual(['containers?id=1']);
    expect(a1()).toContain('Up 5 minutes');
  });

  it('images tell their ages again on the clock too, from the records held', async () => {
    const { model, calls, changes } = await setup(['images', 'volumes']);
    const text = () => JSON.stringify(model.snapshot('images'));
    const age = () => /"description":"[^"]*? · ([^"·]+ ago)/.exec(text())?.[1];
    const before = age();
    expect(before).toMatch(/ago$/);
    vi.setSystemTime(Date.now() + 40 * 86400_000);
    model.relayout(
      agingViews.filter((v) => v !== 'containers'),
      { kind: 'clock' },
    );
    expect(changes).toContain('images');
    expect(age()).toMatch(/ago$/);
    expect(age()).not.toBe(before);
    expect(calls).toEqual([]);
  });

  it('an event about one container lists only that container; a change refreshes the containers view', async () => {
    const { model, calls, changes, list } = await setup(['containers']);
    list[0]!.status = 'Exited (0) 1 second ago';
    list[0]!.state = 'exited';
    model.handleEvent(ev('container', 'die', list[0]!.id));
    await vi.advanceTimersByTimeAsync(250);
    await model.whenIdle();
    expect(calls).toEqual(['containers?id=1']);
    expect(changes).toEqual(['containers']);
    expect(model.snapshot('containers').find((n) => n.label === 'a1')?.contextValue).toBe('container:exited');
  });

  it('destroy drops the container without asking the engine; exec events from health checks are ignored', async () => {
    const { model, calls, changes, list } = await setup(['containers', 'images']);
    model.handleEvent(ev('container', 'exec_start: sh -c true', list[0]!.id));
    model.handleEvent(ev('container', 'destroy', list[1]!.id));
    await vi.advanceTimersByTimeAsync(250);
    await model.whenIdle();
    expect(calls).toEqual([]);
    expect(changes).toEqual(['containers', 'images']); // one user fewer for the image
  });

  it('debounce has a ceiling so a steady stream still refreshes', async () => {
    const { model, calls } = await setup(['images']);
    for (let i = 0; i < 50; i++) {
      model.handleEvent(ev('image', 'tag', 'x'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  it('events for hidden views mark them stale; showing them re-lists once; reconnect re-lists visible views', async () => {
    const { model, calls } = await setup(['containers']);
    model.handleEvent(ev('volume', 'create', 'v9'));
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toEqual([]);
    await model.setVisible('volumes', true);
    expect(calls).toEqual(['volumes']);
    calls.length = 0;
    model.setHealth({ state: 'unreachable', reason: 'down', kind: 'unreachable' });
    model.setHealth({ state: 'connected', version: { version: '1', apiVersion: '1.41', os: 'linux', arch: 'amd64' } });
    await model.whenIdle();
    expect(calls.sort()).toEqual(['containers', 'volumes']);
  });

  it('asks nothing of an unreachable engine; reconnecting lists what became visible meanwhile', async () => {
    const { model, calls } = await setup(['containers']);
    model.setHealth({ state: 'unreachable', reason: 'down', kind: 'unreachable' });
    await model.setVisible('images', true);
    expect(calls).toEqual([]);
    model.setHealth({ state: 'connected', version: { version: '1', apiVersion: '1.41', os: 'linux', arch: 'amd64' } });
    await model.whenIdle();
    expect(calls.sort()).toEqual(['containers', 'images']);
  });

  it("Engines view: the entry this window uses shows its engine's real health (DOCKER_HOST at nobody), the others stay neutral", async () => {
    const { engine } = fakeEngine([]);
    const host = 'tcp://127.0.0.1:1';
    const contexts = [
      {
        name: 'default',
        description: 'Current DOCKER_HOST based configuration',
        host,
        skipTlsVerify: false,
        hasTls: false,
        current: true,
      },
      { name: 'remote', host: 'ssh://u@h', skipTlsVerify: false, hasTls: false, current: false },
    ];
    const model = new ExplorerModel({ engine, listContexts: async () => contexts });
    model.viewTrees.setEndpoint({ endpointHost: host });
    const changes: string[] = [];
    model.onDidChange((c) => changes.push(c.view));
    await model.setVisible('engines', true);
    const entry = (name: string) => model.snapshot('engines').find((n) => n.label === name)!;
    expect(entry('default')).toMatchObject({
      contextValue: 'context:current',
      icon: { id: 'loading~spin' },
      description: `this window · ${host} · CLI current · connecting…`,
    });

    changes.length = 0;
    const reason = `no Docker engine at ${host}; is it running?`;
    model.setHealth({ state: 'unreachable', reason, kind: 'unreachable', retryInMs: 5000 });
    expect(changes).toContain('engines');
    expect(entry('default')).toMatchObject({
      icon: { id: 'error', color: 'errorForeground' },
      description: `this window · ${host} · CLI current · unreachable: ${reason}`,
    });
    expect(entry('default').icon.id).not.toBe('pass-filled');
    expect(entry('default').tooltip).toContain(
      '**Engine:** not answering (no Docker engine at tcp://127\\.0\\.0\\.1:1; is it running?)',
    );
    expect(entry('remote')).toMatchObject({
      contextValue: 'context',
      icon: { id: 'remote' },
      description: 'ssh://u@h',
    });

    model.setHealth({
      state: 'connected',
      version: { version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' },
    });
    await model.whenIdle();
    expect(entry('default')).toMatchObject({
      icon: { id: 'pass-filled', color: 'charts.green' },
      description: `this window · ${host} · CLI current · Docker 20.10.24`,
    });
    expect(entry('default').tooltip).not.toContain('not answering');
    expect(entry('remote').icon).toEqual({ id: 'remote' });
  });
});
