import { describe, expect, it } from 'vitest';
import { describeHealth, engineLabel, targetLabel } from './describe';
import type { EngineMonitor } from './engine';
import { createMonitorHub } from './monitorHub';
import type { EngineEvent, EngineHealth } from './types';

function stubMonitor(initial: EngineHealth) {
  const hl = new Set<(h: EngineHealth) => void>();
  const el = new Set<(e: EngineEvent) => void>();
  const m = {
    health: initial,
    disposed: false,
    retried: 0,
    onHealth: (l: (h: EngineHealth) => void) => {
      hl.add(l);
      return { dispose: () => hl.delete(l) };
    },
    onEvent: (l: (e: EngineEvent) => void) => {
      el.add(l);
      return { dispose: () => el.delete(l) };
    },
    retry: () => {
      m.retried++;
    },
    dispose: () => {
      m.disposed = true;
    },
    setHealth: (h: EngineHealth) => {
      m.health = h;
      for (const l of hl) l(h);
    },
    emit: (e: EngineEvent) => {
      for (const l of el) l(e);
    },
    listeners: () => hl.size + el.size,
  };
  return m;
}
const v = { version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' };
const ev: EngineEvent = { type: 'container', action: 'start', id: 'a', attributes: {}, time: 0, timeNano: 0 };

describe('createMonitorHub (unit)', () => {
  it('keeps subscribers across engine switches and disposes the previous monitor', () => {
    const hub = createMonitorHub();
    const health: string[] = [];
    const events: string[] = [];
    hub.onHealth((h) => health.push(h.state));
    hub.onEvent((e) => events.push(e.action));
    const a = stubMonitor({ state: 'connecting' });
    hub.attach(a as unknown as EngineMonitor);
    a.setHealth({ state: 'connected', version: v });
    a.emit(ev);
    const b = stubMonitor({ state: 'unreachable', reason: 'x', kind: 'unreachable' });
    hub.attach(b as unknown as EngineMonitor);
    expect(a.disposed).toBe(true);
    expect(a.listeners()).toBe(0);
    a.emit(ev); // the old engine is no longer heard
    b.emit({ ...ev, action: 'die' });
    hub.retry();
    expect(b.retried).toBe(1);
    expect(health).toEqual(['connecting', 'connected', 'unreachable']);
    expect(events).toEqual(['start', 'die']);
    expect(hub.health.state).toBe('unreachable');
    hub.dispose();
    expect(b.disposed).toBe(true);
  });
});

describe('describeHealth (unit)', () => {
  const ep = { host: 'unix:///var/run/docker.sock', source: 'default' as const, reason: 'the platform default socket' };
  it('names the target and the engine', () => {
    expect(engineLabel(v)).toBe('Docker Engine 20.10.24 (API 1.41)');
    expect(engineLabel({ ...v, platform: 'Podman Engine' })).toBe('Podman Engine 20.10.24 (API 1.41)');
    expect(targetLabel(ep)).toBe('default');
    expect(targetLabel({ ...ep, host: 'tcp://10.0.0.5:2376', source: 'DOCKER_HOST' })).toBe('10.0.0.5:2376');
    expect(targetLabel({ ...ep, host: 'ssh://u@h', source: 'config', context: 'prod' })).toBe('prod');
    expect(describeHealth({ state: 'connected', version: v }, ep).detail).toBe(
      'Docker Engine 20.10.24 (API 1.41) on linux/amd64\nunix:///var/run/docker.sock — from the platform default socket',
    );
  });
  it('carries the clear reason and the retry delay when unreachable', () => {
    const t = describeHealth(
      {
        state: 'unreachable',
        reason: 'no Docker engine at unix:///x.sock; is it running?',
        kind: 'unreachable',
        retryInMs: 4000,
      },
      ep,
    );
    expect(t.short).toBe('default: unreachable');
    expect(t.detail).toMatch(/^no Docker engine at unix:\/\/\/x\.sock; is it running\?\n.*\nRetrying in 4 s\.$/);
  });
});

describe('describeHealth for an endpoint that could not be resolved (unit)', () => {
  it('says the error once, without an empty endpoint line', () => {
    const ep = {
      host: '',
      source: 'default' as const,
      context: 'gone',
      reason: "Docker context 'gone' does not exist",
    };
    const t = describeHealth(
      { state: 'unreachable', reason: "Docker context 'gone' does not exist", kind: 'notFound' },
      ep,
    );
    expect(t).toEqual({ short: 'gone: unreachable', detail: "Docker context 'gone' does not exist" });
    expect(targetLabel({ ...ep, context: undefined })).toBe('Docker');
  });
});
