import { describe, expect, it } from 'vitest';
import { findBases } from './bases';
import type { ComposeHost } from './project';

const host = (files: Record<string, string>): ComposeHost => ({
  readFile: (p) => files[p],
  exists: (p) => p in files,
  env: {},
});
const env =
  (vars: Record<string, string>) =>
  (n: string): string | undefined =>
    vars[n];

describe('findBases (unit)', () => {
  it('an override file is merged onto the default base beside it', () => {
    const h = host({ '/p/compose.yaml': 'services: {}\n', '/p/compose.override.yaml': '' });
    expect(findBases('/p/compose.override.yaml', h, env({}))).toEqual({ bases: ['/p/compose.yaml'], via: 'override' });
    const h2 = host({ '/p/docker-compose.yml': 'services: {}\n' });
    expect(findBases('/p/docker-compose.prod.yml', h2, env({})).bases).toEqual(['/p/docker-compose.yml']);
  });

  it('COMPOSE_FILE names the files merged before this one, split on COMPOSE_PATH_SEPARATOR', () => {
    const h = host({});
    expect(findBases('/p/dev.yml', h, env({ COMPOSE_FILE: 'base.yml:dev.yml' }))).toEqual({
      bases: ['/p/base.yml'],
      via: 'composeFile',
    });
    expect(
      findBases('/p/c.yml', h, env({ COMPOSE_FILE: 'a.yml;b.yml;c.yml', COMPOSE_PATH_SEPARATOR: ';' })).bases,
    ).toEqual(['/p/a.yml', '/p/b.yml']);
    // first in the list: it stands alone, even with an override-like name
    expect(findBases('/p/compose.base.yaml', h, env({ COMPOSE_FILE: 'compose.base.yaml:x.yaml' }))).toEqual({
      bases: [],
    });
  });

  it('a fragment is merged with the default-named file (same folder or the one above) whose include names it', () => {
    const h = host({
      '/p/compose.yaml': 'include:\n  - path: [services/db.yaml]\n',
      '/p/services/db.yaml': 'services: {}\n',
    });
    expect(findBases('/p/services/db.yaml', h, env({}))).toEqual({ bases: ['/p/compose.yaml'], via: 'include' });
    expect(findBases('/p/services/other.yaml', h, env({}))).toEqual({ bases: [] });
  });

  it('an override name without a base beside it is an orphan, with the reason', () => {
    const r = findBases('/p/compose.override.yaml', host({}), env({}));
    expect(r.bases).toEqual([]);
    expect(r.orphan).toContain('looks like an override file');
    expect(findBases('/p/stack.yaml', host({}), env({}))).toEqual({ bases: [] });
  });
});
