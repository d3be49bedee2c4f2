// Engine goes away and comes back (a private dockerd, never the shared one): the model reports unreachable
// instead of an empty list, and reloads by itself when the engine answers again.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, createEngineMonitor, resolveEndpoint, type EngineMonitor } from '../../src/core/engine/index';
import { ExplorerModel } from '../../src/core/tree/model';
import { tempDir } from './engineFixtures';
import { PrivateDockerd } from './privateDockerd';
import { find, waitFor } from './explorerHelpers';

const exec = promisify(execFile);
let d: PrivateDockerd;
let model: ExplorerModel;
let monitor: EngineMonitor;
const dockerD = (...args: string[]) => exec('docker', ['-H', d.host, ...args]);
const hasVolume = (name: string) =>
  find(model.getTree('volumes'), (n) => n.kind === 'volume' && n.record.name === name) !== undefined;

beforeAll(async () => {
  d = new PrivateDockerd(tempDir('stv-explorer-d-'));
  await d.start();
  const engine = createEngine(
    await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: d.host, DOCKER_CONTEXT: '' } }),
  );
  model = new ExplorerModel({ engine });
  monitor = createEngineMonitor(engine, { initialBackoffMs: 200, maxBackoffMs: 1000 });
  monitor.onEvent((e) => model.handleEvent(e));
  monitor.onHealth((h) => model.setHealth(h));
  await waitFor(() => monitor.health.state === 'connected', 15_000);
  model.setHealth(monitor.health);
  await model.setVisible('volumes', true);
}, 90_000);

afterAll(async () => {
  monitor?.dispose();
  model?.dispose();
  await d?.destroy();
});

describe('explorer when the engine goes away (integration)', () => {
  it('reports unreachable with the reason, then reloads and follows events again when the engine is back', async () => {
    await dockerD('volume', 'create', 'stv-explorer-before');
    await waitFor(() => hasVolume('stv-explorer-before'), 1000);

    await d.stop();
    await waitFor(() => model.getHealth().state === 'unreachable', 10_000);
    const h = model.getHealth();
    expect(h.state === 'unreachable' && h.reason.length > 0).toBe(true);
    expect(model.presentation('volumes')).toEqual({ show: 'welcome' });
    // the monitor's retries (connecting, still down) never bring back what was listed before the outage
    await waitFor(() => model.getHealth().state === 'connecting', 5000, 1);
    await model.setVisible('volumes', true);
    expect(model.presentation('volumes')).toEqual({ show: 'welcome' });
    expect(hasVolume('stv-explorer-before')).toBe(false);

    const listsBefore = model.stats.fullLists.volumes;
    await d.start();
    await waitFor(() => model.getHealth().state === 'connected', 15_000);
    await model.whenIdle();
    expect(model.stats.fullLists.volumes).toBeGreaterThan(listsBefore); // missed events: re-listed on reconnect
    expect(hasVolume('stv-explorer-before')).toBe(true);

    await dockerD('volume', 'create', 'stv-explorer-after');
    expect(await waitFor(() => hasVolume('stv-explorer-after'), 1000)).toBeLessThan(1000);
  }, 90_000);
});
