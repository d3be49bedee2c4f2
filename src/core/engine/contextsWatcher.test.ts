import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchDockerContexts } from './contextsWatcher';
import { contextDirName, listContexts } from './resolve';
import type { Disposable } from './types';

const dirs: string[] = [];
const watchers: Disposable[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(withContextsDir: boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), 'stevedore-ctx-'));
  dirs.push(dir);
  if (withContextsDir) mkdirSync(path.join(dir, 'contexts', 'meta'), { recursive: true });
  const env = { DOCKER_CONFIG: dir };
  let calls = 0;
  const waiters: (() => void)[] = [];
  watchers.push(
    watchDockerContexts(
      () => {
        calls++;
        waiters.splice(0).forEach((w) => w());
      },
      { env, debounceMs: 50 },
    ),
  );
  const next = () =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no change reported within 5 s')), 5000);
      waiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  return { dir, env, calls: () => calls, next };
}

/** What `docker context create` writes: contexts/meta/<sha256(name)>/meta.json */
function createContext(dir: string, name: string, host: string): void {
  const meta = path.join(dir, 'contexts', 'meta', contextDirName(name));
  mkdirSync(meta, { recursive: true });
  writeFileSync(
    path.join(meta, 'meta.json'),
    JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } }),
  );
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchDockerContexts (unit)', () => {
  it('reports a context created in a terminal once, and listContexts then lists it', async () => {
    const w = setup(true);
    const changed = w.next();
    createContext(w.dir, 'remote', 'tcp://10.0.0.5:2375');
    await changed;
    await settle(150);
    expect(w.calls()).toBe(1);
    expect((await listContexts({ env: w.env })).map((c) => c.name)).toContain('remote');
  });

  it('reports `docker context use` (config.json) and a first context when contexts/ did not exist yet', async () => {
    const w = setup(false);
    let changed = w.next();
    writeFileSync(path.join(w.dir, 'config.json'), JSON.stringify({ currentContext: 'default' }));
    await changed;
    changed = w.next();
    createContext(w.dir, 'first', 'tcp://10.0.0.6:2375');
    await changed;
    // the meta folder is watched now: a second context is noticed too
    await settle(150);
    changed = w.next();
    createContext(w.dir, 'second', 'tcp://10.0.0.7:2375');
    await changed;
  });

  it('reports nothing after dispose', async () => {
    const w = setup(true);
    watchers.pop()!.dispose();
    createContext(w.dir, 'late', 'tcp://10.0.0.8:2375');
    writeFileSync(path.join(w.dir, 'config.json'), '{}');
    await settle(300);
    expect(w.calls()).toBe(0);
  });
});
