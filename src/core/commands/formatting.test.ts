import { describe, expect, it } from 'vitest';
import { ansiToHtml, parseAnsi, stripAnsiCodes } from './ansi';
import { diskUsageRows, diskUsageTable } from './diskUsage';
import { pruneKeptLines, prunePreviewText, pruneResultText } from './pruneText';
import { PullProgress } from './pullProgress';
import { loginArgv, logoutArgv, redact, registryOf } from './registry';
import { formatBytes, formatSize, statsColumns } from './statsFormat';

describe('ansi (unit)', () => {
  it('strips and parses colours; html is escaped', () => {
    const text = '\u001b[31merror\u001b[0m <b>&';
    expect(stripAnsiCodes(text)).toBe('error <b>&');
    expect(parseAnsi(text)[0]).toMatchObject({ text: 'error', fg: 'rgb(187, 0, 0)' });
    expect(ansiToHtml(text)).toBe('<span style="color:rgb(187, 0, 0)">error</span> &lt;b&gt;&amp;');
  });
});

describe('stats and sizes (unit)', () => {
  it('formats like docker stats', () => {
    expect(formatBytes(1536)).toBe('1.5KiB');
    expect(formatBytes(512 * 1024 * 1024)).toBe('512MiB');
    expect(formatSize(1500)).toBe('1.5kB');
    expect(
      statsColumns({
        time: '',
        cpuPercent: 12.345,
        memUsage: 10 * 1024 * 1024,
        memLimit: 2 * 1024 ** 3,
        memPercent: 0.49,
        netRx: 1000,
        netTx: 2_000_000,
        blockRead: 0,
        blockWrite: 4096,
        pids: 3,
      }),
    ).toEqual({
      cpu: '12.35%',
      mem: '10MiB / 2GiB',
      memPercent: '0.49%',
      net: '1kB / 2MB',
      block: '0B / 4.1kB',
      pids: '3',
    });
  });

  it('disk usage rows and table', () => {
    const rows = diskUsageRows({
      layersSize: 3000,
      images: [
        { id: 'a', repoTags: ['a:1'], size: 2000, sharedSize: 0, containers: 1 },
        { id: 'b', repoTags: [], size: 1000, sharedSize: 0, containers: 0 },
      ],
      containers: [{ id: 'c', name: 'c', sizeRw: 10, sizeRootFs: 0, state: 'exited' }],
      volumes: [{ name: 'v', size: 500, refCount: 0 }],
      buildCache: [{ id: 'x', type: 'regular', size: 100, inUse: false, shared: false }],
    });
    expect(rows.map((r) => [r.type, r.total, r.active, r.size, r.reclaimable])).toEqual([
      ['Images', 2, 1, 3000, 1000],
      ['Containers', 1, 0, 10, 10],
      ['Local Volumes', 1, 0, 500, 500],
      ['Build Cache', 1, 0, 100, 100],
    ]);
    expect(diskUsageTable(rows).split('\n')[1]).toMatch(/^Images\s+2\s+1\s+3kB\s+1kB \(33%\)$/);
  });
});

describe('prune texts (unit)', () => {
  it('lists exactly the items, grouped, and the space', () => {
    const t = prunePreviewText({
      kind: 'system',
      reclaimable: 2500,
      items: [
        { type: 'container', id: '1', label: 'old', size: 2000 },
        { type: 'network', id: '2', label: 'net' },
        { type: 'image', id: '3', label: '<none> abc', size: 500 },
      ],
    });
    expect(t.message).toBe(
      'Remove 3 items (stopped containers, unused networks, dangling images and build cache) and reclaim 2.5kB?',
    );
    expect(t.detail).toBe(
      'Containers (1):\n  old  2kB\nImages (1):\n  <none> abc  500B\nNetworks (1):\n  net\n\nOnly these items are removed; anything created after this preview is kept.',
    );
    expect(prunePreviewText({ kind: 'volumes', items: [], reclaimable: 0 }).message).toMatch(/Nothing to prune/);
    expect(
      pruneResultText({
        removed: [],
        failed: [{ item: { type: 'container', id: '1', label: 'x' }, message: 'is running' }],
        skipped: [],
        reclaimed: 0,
      }),
    ).toMatch(/1 could not be removed \(e.g. x: is running\)/);
    const skipped = {
      removed: [],
      failed: [],
      skipped: [{ item: { type: 'image' as const, id: '2', label: 'a:1' }, reason: 'its tags changed' }],
      reclaimed: 0,
    };
    expect(pruneResultText(skipped)).toMatch(/Kept 1 that changed since the preview \(e.g. a:1: its tags changed\)/);
    expect(pruneKeptLines(skipped)).toEqual(['prune: kept image a:1 (changed since the preview: its tags changed)']);
  });
});

describe('registry (unit)', () => {
  it('keeps the password out of argv', () => {
    expect(loginArgv('me', 'ghcr.io')).toEqual(['login', '--username', 'me', '--password-stdin', 'ghcr.io']);
    expect(() => loginArgv('--password=x')).toThrow();
    expect(logoutArgv()).toEqual(['logout']);
    expect(registryOf('ghcr.io/a/b:1')).toBe('ghcr.io');
    expect(registryOf('localhost:5000/a')).toBe('localhost:5000');
    expect(registryOf('library/nginx')).toBe('docker.io');
    expect(redact('bad password hunter2', 'hunter2')).toBe('bad password ********');
  });
});

describe('pull progress (unit)', () => {
  it('aggregates layers', () => {
    const p = new PullProgress();
    p.update({ status: 'Pulling from library/nginx', id: 'latest' });
    p.update({ status: 'Downloading', id: 'aaaaaaaaaaaa', current: 50, total: 100 });
    p.update({ status: 'Already exists', id: 'bbbbbbbbbbbb' });
    expect(p.fraction).toBeCloseTo((0.8 * 0.5 + 1) / 2);
    expect(p.message).toBe('1/2 layers · 50B of 100B');
  });
});
