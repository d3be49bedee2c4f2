// Engines side by side: the shared engine, one that accepts connections and never answers, and one that is not there.
// Each lists (or fails) on its own; the live one follows its own event stream.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/index';
import type { TreeNode } from '../../src/core/tree/nodes';
import { SideEngines } from '../../src/core/tree/sideEngines';

const dir = mkdtempSync(path.join(tmpdir(), 'stv-side-'));
const silent = path.join(dir, 'silent.sock');
// takes connections, never answers: a hung engine
const server = net.createServer(() => undefined).listen(silent);
const hosts: Record<string, string> = {
  live: 'unix:///var/run/docker.sock',
  silent: `unix://${silent}`,
  gone: `unix://${path.join(dir, 'gone.sock')}`,
};
const changed: { name: string; at: number }[] = [];
const side = new SideEngines({
  engineOf: async (name) => createEngine({ host: hosts[name]!, source: 'setting', reason: 'test' }),
  onChange: (name) => changed.push({ name, at: Date.now() }),
  timeoutMs: 3000,
  debounceMs: 50,
});
const volume = `stevedore-side-${process.pid}`;
const docker = (...a: string[]) => execFileSync('/usr/bin/docker', a, { encoding: 'utf8' });

afterAll(() => {
  side.dispose();
  server.close();
  try {
    docker('volume', 'rm', '-f', volume);
  } catch {
    /* already gone */
  }
  rmSync(dir, { recursive: true, force: true });
});

const until = async (ok: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const labels = (nodes: TreeNode[]) => nodes.map((n) => `${n.label} ${n.description ?? ''}`.trim());
const group = (nodes: TreeNode[], label: string) => nodes.find((n) => n.label === label)?.children ?? [];

describe('engines side by side (integration)', () => {
  it('a hung engine and a missing one never hold up a live one; each says why under its own node', async () => {
    const t0 = Date.now();
    for (const name of ['silent', 'gone', 'live']) expect(labels(side.children(name, name))).toEqual(['Connecting…']);
    await until(() => changed.some((c) => c.name === 'live'), 3000);
    const liveAt = changed.find((c) => c.name === 'live')!.at;
    const live = side.children('live', 'live');
    expect(live.map((n) => n.label)).toEqual(['Containers', 'Images', 'Volumes', 'Networks']);
    expect(labels(group(live, 'Networks'))).toContain('bridge bridge');
    await until(() => changed.some((c) => c.name === 'silent') && changed.some((c) => c.name === 'gone'), 6000);
    expect(labels(side.children('gone', 'gone'))[0]).toMatch(/gone\.sock|no such file|not there|ENOENT|socket/i);
    expect(labels(side.children('silent', 'silent'))).toEqual(['silent: no answer within 3 s']);
    expect(changed.find((c) => c.name === 'silent')!.at).toBeGreaterThan(liveAt);
    expect(liveAt - t0).toBeLessThan(3000);
  });

  it("the live engine's own event stream brings a new volume in without a reload", async () => {
    const before = changed.length;
    docker('volume', 'create', '--label', 'stevedore.test=1', volume);
    await until(() => labels(group(side.children('live', 'live'), 'Volumes')).includes(`${volume} local`), 5000);
    expect(changed.slice(before).some((c) => c.name === 'live')).toBe(true);
    side.close('silent');
    expect(labels(side.children('silent', 'silent'))).toEqual(['Connecting…']); // closed: a new connection on expand
  });
});
