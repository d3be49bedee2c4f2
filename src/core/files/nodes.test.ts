import { describe, expect, it } from 'vitest';
import { contextValues } from '../tree/contextValues';
import { fileContextValues, fileNode } from './nodes';
import { formatTop } from './top';

const root = { kind: 'container' as const, name: 'abc' };
const entry = (o: Partial<Parameters<typeof fileNode>[3]>) => ({
  name: 'x',
  kind: 'file' as const,
  size: 2048,
  perm: 0o644,
  mtimeMs: Date.UTC(2026, 0, 2, 3, 4, 5),
  ...o,
});

describe('file nodes (unit)', () => {
  it('a file: size in the description, mode, size and time in the tooltip, diff marker', () => {
    const n = fileNode(root, '/etc', 'container-item', entry({ name: 'app.conf' }), 'C');
    expect(n).toMatchObject({
      id: 'file:container:abc:/etc/app.conf',
      path: '/etc/app.conf',
      parentId: 'container-item',
      label: 'app.conf',
      description: '2.0 KB · C',
      icon: 'file',
      contextValue: 'file',
      directory: false,
    });
    expect(n.tooltip).toContain('-rw-r--r-- · 2.0 KB (2048 bytes)');
    expect(n.tooltip).toContain('modified 2026-01-02 03:04:05 UTC');
    expect(n.tooltip).toContain('changed since the container was created');
  });

  it('symlinks are shown as such, to directories expandable, dangling ones said', () => {
    const d = fileNode(
      root,
      '/',
      'p',
      entry({ name: 'lib', kind: 'symlink', targetKind: 'directory', linkTarget: '/usr/lib' }),
    );
    expect(d).toMatchObject({ contextValue: 'file:symlink:directory', directory: true, description: '→ /usr/lib' });
    expect(d.icon).toBe('file-symlink-directory');
    const dangling = fileNode(root, '/', 'p', entry({ name: 'gone', kind: 'symlink', linkTarget: 'nowhere' }));
    expect(dangling.tooltip).toContain('symlink to nowhere (dangling)');
    expect(dangling.contextValue).toBe('file:symlink');
  });

  it('every file context value is one the explorer declares', () => {
    for (const v of fileContextValues) expect(contextValues).toContain(v);
  });

  it('formats docker top as aligned columns with the time it was taken', () => {
    const text = formatTop(
      'web',
      {
        titles: ['UID', 'PID', 'CMD'],
        processes: [
          ['root', '1', 'sleep 300'],
          ['nobody', '12345', 'sh -c x'],
        ],
      },
      new Date(Date.UTC(2026, 0, 1)),
    );
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Processes in web at 2026-01-01 00:00:00 UTC (run "Show Processes" again to refresh)',
      '',
      'UID     PID    CMD',
      'root    1      sleep 300',
      'nobody  12345  sh -c x',
    ]);
  });
});
