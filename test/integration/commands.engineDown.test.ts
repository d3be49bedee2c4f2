// The engine goes away while a log view follows and a stats panel streams: both end with a clear error, no hang.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as a from '../../src/core/engine/actions';
import { actionsFor } from '../../src/core/engine/actions';
import { EngineError } from '../../src/core/engine/errors';
import { createEngine, type Engine } from '../../src/core/engine/index';
import { tempDir } from './engineFixtures';
import { PrivateDockerd } from './privateDockerd';
import { testImage } from './commandsHelpers';

let daemon: PrivateDockerd;
let engine: Engine;

beforeAll(async () => {
  daemon = new PrivateDockerd(tempDir('sdcmd-dd-'));
  await daemon.start();
  const image = execFileSync('docker', ['-H', 'unix:///var/run/docker.sock', 'save', testImage], {
    maxBuffer: 64 * 1024 * 1024,
  });
  execFileSync('docker', ['-H', daemon.host, 'load'], { input: image });
  engine = createEngine({ host: daemon.host, source: 'setting', reason: 'private engine for this test' });
}, 90_000);

afterAll(async () => {
  engine?.dispose();
  await daemon?.destroy();
}, 60_000);

describe('engine goes away (integration)', () => {
  it('a followed log session and a stats stream end with an unreachable error; verbs then say the engine is not reachable', async () => {
    const spec: a.RunSpec = {
      image: testImage,
      name: 'sdcmd-down',
      ports: [],
      env: [],
      volumes: [],
      network: 'none',
      restart: 'no',
      autoRemove: false,
      tty: false,
      interactive: false,
      cmd: ['sh', '-c', 'while true; do echo tick; sleep 0.2; done'],
      labels: { 'stevedore.test': 'commands' },
    };
    const id = await actionsFor(engine).runContainer(spec);
    const ac = new AbortController();
    const events: string[] = [];
    let firstTick!: () => void;
    const ticked = new Promise<void>((r) => {
      firstTick = r;
    });
    const logs = (async () => {
      for await (const e of actionsFor(engine).followLogsSession('sdcmd-down', { signal: ac.signal })) {
        events.push(e.type);
        if (e.type === 'chunk') firstTick();
      }
    })();
    const stats = (async () => {
      for await (const s of actionsFor(engine).containerStats(id, ac.signal)) events.push(`stats ${s.pids}`);
    })();
    const settled = Promise.allSettled([logs, stats]);
    await ticked;
    await daemon.stop();
    const [logsResult, statsResult] = await settled;
    expect(logsResult.status).toBe('rejected');
    const err = (logsResult as PromiseRejectedResult).reason as EngineError;
    expect(err).toBeInstanceOf(EngineError);
    expect(err.kind).toBe('unreachable');
    expect(err.message).toMatch(/not reachable/);
    // the stats stream simply ends (or fails the same way): never hangs
    if (statsResult.status === 'rejected') expect((statsResult.reason as EngineError).kind).toBe('unreachable');
    await expect(actionsFor(engine).stopContainer(id)).rejects.toMatchObject({ kind: 'unreachable' });
    ac.abort();
  }, 60_000);
});
