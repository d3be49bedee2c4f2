import { describe, expect, it } from 'vitest';
import { planWatch } from './plan';
import { watchRules } from './rules';

const COMPOSE = `services:
  web:
    build: .
    develop:
      watch:
        - action: sync
          path: ./src
          target: /app/src
          ignore: [node_modules/, "*.tmp"]
        - action: sync+restart
          path: ./config.json
          target: /app/config.json
        - action: rebuild
          path: package.json
  worker:
    x-develop:
      watch:
        - action: sync
          path: src
          target: /w
        - action: shout
          path: .
        - action: sync
          path: lib
`;

describe('watchRules', () => {
  it('reads develop and x-develop, resolving paths against the compose directory', () => {
    const { rules, problems } = watchRules(COMPOSE, '/p');
    expect(rules).toEqual([
      { service: 'web', action: 'sync', path: '/p/src', target: '/app/src', ignore: ['node_modules/', '*.tmp'] },
      { service: 'web', action: 'sync+restart', path: '/p/config.json', target: '/app/config.json', ignore: [] },
      { service: 'web', action: 'rebuild', path: '/p/package.json', ignore: [] },
      { service: 'worker', action: 'sync', path: '/p/src', target: '/w', ignore: [] },
    ]);
    expect(problems).toEqual([
      "worker: watch rule 2: action 'shout' is not one of sync, sync+restart, rebuild",
      'worker: watch rule 3: sync needs an absolute target (the path in the container)',
    ]);
  });

  it('survives broken YAML and odd shapes', () => {
    expect(watchRules('services: [', '/p').problems[0]).toMatch(/not valid YAML/);
    expect(watchRules('services:\n  a: 3\n  b:\n    develop: {watch: 1}\n', '/p')).toEqual({ rules: [], problems: [] });
  });
});

describe('planWatch', () => {
  const { rules } = watchRules(COMPOSE, '/p');
  it('maps synced files into the target, per service', () => {
    expect(planWatch(rules, ['/p/src/a/b.js'])).toEqual([
      {
        service: 'web',
        kind: 'sync',
        restart: false,
        files: [{ host: '/p/src/a/b.js', container: '/app/src/a/b.js' }],
      },
      { service: 'worker', kind: 'sync', restart: false, files: [{ host: '/p/src/a/b.js', container: '/w/a/b.js' }] },
    ]);
  });
  it('honours ignore patterns relative to the rule path', () => {
    expect(planWatch(rules, ['/p/src/node_modules/x/i.js', '/p/src/x.tmp']).map((s) => s.service)).toEqual(['worker']);
  });
  it('restarts after sync+restart, and a rebuild wins over syncs', () => {
    expect(planWatch(rules, ['/p/config.json'])).toEqual([
      {
        service: 'web',
        kind: 'sync',
        restart: true,
        files: [{ host: '/p/config.json', container: '/app/config.json' }],
      },
    ]);
    expect(planWatch(rules, ['/p/src/a.js', '/p/package.json'])[0]).toEqual({
      service: 'web',
      kind: 'rebuild',
      files: ['/p/package.json'],
    });
  });
  it('ignores files outside every rule', () => {
    expect(planWatch(rules, ['/p/README.md', '/elsewhere/src/a.js', '/p/srcx/a.js'])).toEqual([]);
  });
});
