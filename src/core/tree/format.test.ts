import { describe, expect, it } from 'vitest';
import { filterTree } from './filter';
import { humanAge, humanSize } from './format';
import { belongsToWorkspace } from './workspace';
import { buildContainerTree } from './containers';
import { compose, container, now } from './fixtures.test-helpers';
import { defaultSettings } from './settings';

describe('format, filter, workspace (unit)', () => {
  it('formats sizes and ages like the docker CLI', () => {
    expect(humanSize(0)).toBe('0 B');
    expect(humanSize(100)).toBe('100 B');
    expect(humanSize(200_000)).toBe('200 kB');
    expect(humanSize(1_990_000)).toBe('1.99 MB');
    expect(humanSize(123_456_789)).toBe('123 MB');
    expect(humanSize(5_300_000_000)).toBe('5.3 GB');
    const s = now / 1000;
    expect(humanAge(s, now)).toBe('Less than a second ago');
    expect(humanAge(s - 180, now)).toBe('3 minutes ago');
    expect(humanAge(s - 3700, now)).toBe('About an hour ago');
    expect(humanAge(s - 86400 * 3, now)).toBe('3 days ago');
    expect(humanAge(s - 86400 * 800, now)).toBe('2 years ago');
  });

  it('matches compose labels against workspace folders (working dir or config files)', () => {
    const labels = {
      'com.docker.compose.project': 'p',
      'com.docker.compose.project.working_dir': '/home/u/p',
      'com.docker.compose.project.config_files': '/home/u/p/compose.yaml',
    };
    expect(belongsToWorkspace(labels, ['/home/u/p'])).toBe(true);
    expect(belongsToWorkspace(labels, ['/home/u'])).toBe(true);
    expect(belongsToWorkspace(labels, ['/home/u/pp'])).toBe(false);
    expect(belongsToWorkspace({ ...labels, 'com.docker.compose.project.working_dir': '' }, ['/home/u/p/'])).toBe(true);
    expect(
      belongsToWorkspace(
        { 'com.docker.compose.project': 'w', 'com.docker.compose.project.working_dir': 'C:\\Users\\me\\app' },
        ['c:/users/me'],
      ),
    ).toBe(true);
    expect(belongsToWorkspace({}, ['/'])).toBe(false);
  });

  it('filters leaves by every word, keeps a matching group whole, drops empty groups', () => {
    const tree = buildContainerTree(
      [compose('shop', 'web', '/w'), compose('shop', 'db', '/w'), container({ name: 'redis-cache' })],
      { settings: defaultSettings.containers, state: { onlyWorkspace: false }, workspaceFolders: [], nowMs: now },
    );
    expect(filterTree(tree, 'web').map((n) => [n.label, n.children?.map((c) => c.label)])).toEqual([
      ['shop', ['shop-web-1']],
    ]);
    expect(filterTree(tree, 'SHOP').map((n) => n.children?.length)).toEqual([2]);
    expect(filterTree(tree, 'redis up').map((n) => n.label)).toEqual(['redis-cache']);
    expect(filterTree(tree, 'nothing')).toEqual([]);
  });
});
