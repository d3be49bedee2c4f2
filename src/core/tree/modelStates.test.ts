// The model across overlapping refreshes, engine outages and engine switches (timing policy: a scripted engine).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../engine/engine';
import { EngineError } from '../engine/errors';
import type { ContainerSummary, EngineHealth, ImageSummary, ListContainersOptions } from '../engine/types';
import { container, image } from './fixtures.test-helpers';
import { ExplorerModel } from './model';
import type { ViewName } from './refreshPolicy';

const connected: EngineHealth = {
  state: 'connected',
  version: { version: '1', apiVersion: '1.41', os: 'linux', arch: 'amd64' },
};
const unreachable: EngineHealth = {
  state: 'unreachable',
  reason: 'no Docker engine at unix:///var/run/docker.sock; is it running?',
  kind: 'unreachable',
  retryInMs: 1000,
};
const imgId = 'sha256:' + 'a'.repeat(64);

/** An engine whose lists answer after `delayMs` (per list) and can be taken down. */
function scripted(delayMs: Partial<Record<'containers' | 'images' | 'volumes' | 'networks', number>> = {}) {
  const s = {
    containers: [container({ name: 'web' })] as ContainerSummary[],
    images: [image({ id: imgId, repoTags: ['x:1'] })] as ImageSummary[],
    down: false,
    calls: [] as string[],
  };
  const answer = async <T>(what: keyof typeof delayMs, value: () => T): Promise<T> => {
    s.calls.push(what);
    if (delayMs[what]) await new Promise((r) => setTimeout(r, delayMs[what]));
    if (s.down) throw new EngineError('unreachable', 'no Docker engine at unix:///var/run/docker.sock; is it running?');
    return structuredClone(value());
  };
  const engine = {
    listContainers: (o?: ListContainersOptions) =>
      answer('containers', () =>
        o?.filters?.id ? s.containers.filter((c) => o.filters!.id!.includes(c.id)) : s.containers,
      ),
    listImages: () => answer('images', () => s.images),
    listVolumes: () => answer('volumes', () => []),
    listNetworks: () => answer('networks', () => []),
  } as unknown as Engine;
  return { s, engine };
}

const labels = (model: ExplorerModel, view: ViewName) =>
  model.snapshot(view).flatMap((n) => [n.label, ...(n.children ?? []).map((c) => c.label)]);

describe('explorer model states (unit)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function visible(engine: Engine, views: ViewName[]) {
    const model = new ExplorerModel({ engine, debounceMs: 10 });
    const changes: string[] = [];
    model.onDidChange((c) => changes.push(c.view));
    model.setHealth(connected);
    const shown = Promise.all(views.map((v) => model.setVisible(v, true)));
    await vi.runAllTimersAsync();
    await shown;
    changes.length = 0;
    return { model, changes };
  }

  it('an event refresh of one view finishing while another view is being refreshed still reaches its view', async () => {
    const { s, engine } = scripted({ containers: 50, images: 20, volumes: 300 });
    const { model, changes } = await visible(engine, ['containers', 'images', 'volumes']);
    expect(labels(model, 'images')).toEqual(['x', '1']);
    // Refresh on Volumes (a slow list) while an image gets tagged
    const refreshing = model.refresh('volumes');
    s.images = [image({ id: imgId, repoTags: ['x:1', 'x:2'] })];
    model.handleEvent({ type: 'image', action: 'tag', id: imgId, attributes: {}, time: 0, timeNano: 0 });
    await vi.advanceTimersByTimeAsync(100);
    expect(changes).toContain('images');
    expect(labels(model, 'images')).toEqual(['x', '1', '2']);
    await vi.runAllTimersAsync();
    await refreshing;
    // the refreshed view hears of it once, when its own refresh is done
    expect(changes.filter((v) => v === 'volumes')).toEqual(['volumes']);
  });

  it('once unreachable, nothing listed before the outage is shown until a load succeeds again', async () => {
    const { s, engine } = scripted();
    const { model } = await visible(engine, ['containers', 'images']);
    expect(model.presentation('containers')).toEqual({ show: 'tree' });
    expect(labels(model, 'containers')).toEqual(['web']);
    s.down = true;
    s.containers = [];
    model.setHealth(unreachable);
    expect(model.presentation('containers')).toEqual({ show: 'welcome' });
    expect(model.presentation('images')).toEqual({ show: 'welcome' });
    // the monitor's next attempt: still down, the old containers must not flash back, and nothing is asked of the engine
    s.calls.length = 0;
    model.setHealth({ state: 'connecting' });
    await model.setVisible('containers', true);
    expect(model.presentation('containers')).toEqual({ show: 'welcome' });
    expect(model.isLoaded('containers')).toBe(false);
    expect(labels(model, 'containers')).not.toContain('web');
    expect(s.calls).toEqual([]);
    // the Engines view stays usable: it is where the user picks an engine that answers
    expect(model.presentation('engines')).toEqual({ show: 'tree' });
    // back: re-listed, the current state shown
    s.down = false;
    s.containers = [container({ name: 'api' })];
    model.setHealth(connected);
    await vi.runAllTimersAsync();
    await model.whenIdle();
    expect(model.presentation('containers')).toEqual({ show: 'tree' });
    expect(labels(model, 'containers')).toEqual(['api']);
  });

  it("switching this window to another engine drops the old engine's data and lists the new one for the visible views", async () => {
    const a = scripted();
    const b = scripted();
    b.s.containers = [container({ name: 'remote-db' })];
    const { model, changes } = await visible(a.engine, ['containers']);
    expect(labels(model, 'containers')).toEqual(['web']);
    model.setEngine(b.engine);
    expect(changes).toEqual(expect.arrayContaining(['containers', 'images', 'volumes', 'networks', 'engines']));
    await vi.runAllTimersAsync();
    await model.whenIdle();
    expect(labels(model, 'containers')).toEqual(['remote-db']);
    expect(b.s.calls).toEqual(['containers']);
    expect(model.isLoaded('images')).toBe(false);
  });

  it('contexts changed on disk: the Engines view re-lists when shown, and on becoming visible otherwise', async () => {
    let contexts = [
      { name: 'default', host: 'unix:///var/run/docker.sock', skipTlsVerify: false, hasTls: false, current: true },
    ];
    const listContexts = vi.fn(async () => structuredClone(contexts));
    const model = new ExplorerModel({ engine: scripted().engine, listContexts, debounceMs: 10 });
    model.setHealth(connected);
    await model.setVisible('engines', true);
    contexts = [
      ...contexts,
      { name: 'remote', host: 'tcp://10.0.0.5:2375', skipTlsVerify: false, hasTls: false, current: false },
    ];
    model.invalidate('contexts');
    await vi.runAllTimersAsync();
    await model.whenIdle();
    expect(labels(model, 'engines')).toEqual(['default', 'remote']);
    await model.setVisible('engines', false);
    contexts = contexts.slice(0, 1);
    model.invalidate('contexts');
    await vi.runAllTimersAsync();
    expect(listContexts).toHaveBeenCalledTimes(2);
    await model.setVisible('engines', true);
    expect(listContexts).toHaveBeenCalledTimes(3);
    expect(labels(model, 'engines')).toEqual(['default']);
  });
});
