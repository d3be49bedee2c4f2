// A log follower across an engine crash: dockerd (private, --live-restore) killed -9 and started again while a
// container logs a counter. The follower waits for the engine, resumes within 2 s of its return, and the
// counter arrives without a gap and without a repeat.
import { execFileSync, execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import { actionsFor } from '../../src/core/engine/actions';
import { TEST_IMAGE, tempDir } from './engineFixtures';
import { PrivateDockerd } from './privateDockerd';

let daemon: PrivateDockerd;
let engine: Engine;
const docker = (...args: string[]) =>
  execFileSync('/usr/bin/docker', ['-H', daemon.host, ...args], { encoding: 'utf8' }).trim();

beforeAll(async () => {
  daemon = new PrivateDockerd(tempDir('stv-logs-'), undefined, ['--live-restore']);
  await daemon.start();
  execSync(`/usr/bin/docker save ${TEST_IMAGE} | /usr/bin/docker -H ${daemon.host} load`, { stdio: 'ignore' });
  engine = createEngine(await resolveEndpoint({ env: { DOCKER_HOST: daemon.host } }));
}, 120_000);

afterAll(async () => {
  try {
    docker('rm', '-f', 'counter');
  } catch {
    // the daemon may be down after a failure
  }
  engine?.dispose();
  await daemon?.destroy();
}, 60_000);

describe('log follower across an engine restart (integration)', () => {
  it('resumes within 2 s of the engine coming back, no line lost or repeated', async () => {
    docker(
      'run',
      '-d',
      '--name',
      'counter',
      '--network',
      'none',
      '--label',
      'stevedore.test=1',
      TEST_IMAGE,
      'sh',
      '-c',
      'i=0; while true; do i=$((i+1)); echo $i; sleep 0.05; done',
    );
    const ac = new AbortController();
    const lines: { n: number; at: number }[] = [];
    const events: { type: string; at: number }[] = [];
    let partial = '';
    const follow = (async () => {
      for await (const e of actionsFor(engine).followLogsSession('counter', { signal: ac.signal })) {
        if (e.type !== 'chunk') {
          events.push({ type: e.type, at: Date.now() });
          continue;
        }
        const text = partial + e.data.toString('utf8');
        const parts = text.split('\n');
        partial = parts.pop() ?? '';
        for (const p of parts) lines.push({ n: Number(p), at: Date.now() });
      }
    })();
    try {
      await expect.poll(() => lines.length, { timeout: 20_000 }).toBeGreaterThan(20);
      await daemon.kill9();
      await new Promise((r) => setTimeout(r, 1500));
      await daemon.start();
      const back = Date.now();
      await expect.poll(() => lines.filter((l) => l.at >= back).length, { timeout: 20_000 }).toBeGreaterThan(5);
      const firstAfter = lines.find((l) => l.at >= back)!;
      expect(firstAfter.at - back).toBeLessThanOrEqual(2000);
      expect(events.map((e) => e.type)).toContain('engineLost');
      const ns = lines.map((l) => l.n);
      const gaps = ns.slice(1).filter((n, i) => n !== ns[i]! + 1);
      expect(gaps).toEqual([]);
    } finally {
      ac.abort();
      await follow.catch(() => undefined);
    }
  }, 120_000);
});
