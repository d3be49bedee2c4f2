import { describe, expect, it } from 'vitest';
import { sideEngineNodes } from './sideEngines';

describe('engines side by side: nodes (unit)', () => {
  it('connecting, failed, and four read-only groups sorted by name', () => {
    expect(sideEngineNodes('context:a', undefined).map((n) => n.label)).toEqual(['Connecting…']);
    const failed = sideEngineNodes('context:a', { error: 'a: no answer within 5 s' });
    expect(failed.map((n) => [n.label, n.icon.id, n.contextValue])).toEqual([
      ['a: no answer within 5 s', 'error', 'message'],
    ]);
    const nodes = sideEngineNodes('context:a', {
      lists: {
        containers: [
          { id: 'c2', name: 'web', state: 'running', image: 'nginx' },
          { id: 'c1', name: 'db', state: 'exited', image: 'postgres' },
        ] as never,
        images: [{ id: 'sha256:abcdef0123456789', repoTags: [], size: 1_500_000 }] as never,
        volumes: [],
        networks: [{ id: 'n1', name: 'bridge', driver: 'bridge' }] as never,
      },
    });
    expect(nodes.map((n) => [n.label, n.description, n.contextValue, n.parentId])).toEqual([
      ['Containers', '2', 'group', 'context:a'],
      ['Images', '1', 'group', 'context:a'],
      ['Volumes', '0', 'group', 'context:a'],
      ['Networks', '1', 'group', 'context:a'],
    ]);
    // read-only rows: no context value a command matches, so verbs stay on the window's engine
    const rows = nodes[0]!.children!.map((n) => [n.label, n.description, n.contextValue]);
    expect(rows).toEqual([
      ['db', 'exited · postgres', 'message'],
      ['web', 'running · nginx', 'message'],
    ]);
    expect(nodes[1]!.children![0]).toMatchObject({ label: 'abcdef012345', description: '1.5 MB' });
    const ids = nodes.flatMap((n) => [n.id, ...(n.children ?? []).map((c) => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
