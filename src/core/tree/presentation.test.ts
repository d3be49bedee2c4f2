import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine/errors';
import type { EngineHealth } from '../engine/types';
import { presentView, viewDescription } from './presentation';

const up: EngineHealth = {
  state: 'connected',
  version: { version: '27.0', apiVersion: '1.46', os: 'linux', arch: 'amd64' },
};
const down: EngineHealth = {
  state: 'unreachable',
  reason: 'no Docker engine at unix:///var/run/docker.sock; is it running?',
  kind: 'unreachable',
  retryInMs: 4000,
};
const connecting: EngineHealth = { state: 'connecting' };
const away = new EngineError('unreachable', 'no Docker engine at unix:///var/run/docker.sock; is it running?');
const denied = new EngineError('permission', 'permission denied on /var/run/docker.sock');

describe('presentView (unit)', () => {
  it('unreachable: the resource views show the welcome view even with data loaded; Engines keeps its list', () => {
    expect(presentView('containers', { health: down, loaded: true, error: undefined })).toEqual({ show: 'welcome' });
    expect(presentView('networks', { health: down, loaded: false, error: away })).toEqual({ show: 'welcome' });
    expect(presentView('engines', { health: down, loaded: true, error: undefined })).toEqual({ show: 'tree' });
  });

  it('a retry after an outage (connecting, nothing loaded since): welcome, not the tree from before', () => {
    expect(presentView('images', { health: connecting, loaded: false, error: undefined })).toEqual({ show: 'welcome' });
    expect(presentView('images', { health: connecting, loaded: false, error: away })).toEqual({ show: 'welcome' });
  });

  it('connected: the tree; a failed first load that is not about reachability: its message', () => {
    expect(presentView('volumes', { health: up, loaded: true, error: undefined })).toEqual({ show: 'tree' });
    expect(presentView('volumes', { health: up, loaded: false, error: denied })).toEqual({
      show: 'error',
      message: denied.message,
    });
    expect(presentView('volumes', { health: up, loaded: false, error: away })).toEqual({ show: 'welcome' });
    // a refresh that failed after a good load keeps the data it has
    expect(presentView('volumes', { health: up, loaded: true, error: denied })).toEqual({ show: 'tree' });
    expect(presentView('engines', { health: up, loaded: false, error: new Error('bad config.json') })).toEqual({
      show: 'error',
      message: 'bad config.json',
    });
  });
});

describe('viewDescription (unit)', () => {
  it("filter and workspace toggle; while unreachable the engine module's message leads", () => {
    expect(viewDescription('containers', { filter: '', onlyWorkspace: false }, up)).toBeUndefined();
    expect(viewDescription('containers', { filter: 'web', onlyWorkspace: true }, up)).toBe('“web” · this workspace');
    expect(viewDescription('images', { filter: 'web', onlyWorkspace: false }, down)).toBe(
      'no Docker engine at unix:///var/run/docker.sock; is it running? · “web”',
    );
    expect(viewDescription('engines', { filter: '', onlyWorkspace: false }, down)).toBeUndefined();
  });
});
