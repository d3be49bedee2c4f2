// Cases from compose-go's override/merge_*_test.go (commit e70e961), one service each.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeService } from './merge';

const svc = (y: string) =>
  (parse(`services:\n  test:\n${y.replace(/^/gm, '    ')}`) as { services: { test: Record<string, unknown> } }).services
    .test;
const merged = (base: string, over: string) => mergeService(svc(base), svc(over));

describe('mergeService (compose-go override.Merge + EnforceUnicity)', () => {
  it('scalars: the later file wins (Test_mergeOverrides)', () => {
    expect(merged('image: foo\nscale: 1', 'image: bar\nscale: 2')).toEqual(svc('image: bar\nscale: 2'));
  });
  it('environment: sequences and mappings become one sequence, a key once (Test_mergeYamlEnvironment*)', () => {
    expect(merged('image: foo\nenvironment:\n  - FOO=BAR', 'environment:\n  - QIX=ZOT\n  - EMPTY=\n  - NIL')).toEqual(
      svc('image: foo\nenvironment:\n  - FOO=BAR\n  - QIX=ZOT\n  - EMPTY=\n  - NIL'),
    );
    expect(
      merged('image: foo\nenvironment:\n  FOO: BAR', 'environment:\n  EMPTY: ""\n  NIL: null\n  QIX: ZOT'),
    ).toEqual(svc('image: foo\nenvironment:\n  - FOO=BAR\n  - EMPTY=\n  - NIL\n  - QIX=ZOT'));
    expect(merged('environment:\n  - FOO=A\n  - X=1', 'environment:\n  FOO: B')).toEqual(
      svc('environment:\n  - FOO=B\n  - X=1'),
    );
  });
  it('command and entrypoint are replaced, not appended', () => {
    expect(merged('command: [a, b]\nentrypoint: [x]', 'command: [c]')).toEqual(svc('command: [c]\nentrypoint: [x]'));
  });
  it('ports and volumes: appended, one entry per published port / mount target', () => {
    expect(
      merged(
        'ports:\n  - "8080:80"\nvolumes:\n  - data:/data\n  - ./a:/a',
        'ports:\n  - "8080:80"\n  - "9090:90"\nvolumes:\n  - other:/data',
      ),
    ).toEqual(svc('ports:\n  - "8080:80"\n  - "9090:90"\nvolumes:\n  - other:/data\n  - ./a:/a'));
  });
  it('build: a string is its context; networks and depends_on: lists become mappings', () => {
    expect(merged('build: .', 'build:\n  dockerfile: Dockerfile.dev')).toEqual(
      svc('build:\n  context: .\n  dockerfile: Dockerfile.dev'),
    );
    expect(merged('networks: [front]', 'networks:\n  back:\n    aliases: [b]')).toEqual(
      svc('networks:\n  front: null\n  back:\n    aliases: [b]'),
    );
    expect(merged('depends_on: [db]', 'depends_on:\n  db:\n    condition: service_healthy')).toEqual(
      svc('depends_on:\n  db:\n    condition: service_healthy\n    required: true'),
    );
  });
  it('logging options merge only for the same driver (Test_mergeYamlLogging*)', () => {
    expect(merged('logging:\n  driver: json-file\n  options:\n    a: 1', 'logging:\n  options:\n    b: 2')).toEqual(
      svc('logging:\n  driver: json-file\n  options:\n    a: 1\n    b: 2'),
    );
    expect(merged('logging:\n  driver: json-file\n  options:\n    a: 1', 'logging:\n  driver: syslog')).toEqual(
      svc('logging:\n  driver: syslog'),
    );
  });
  it('never throws on shapes compose refuses', () => {
    expect(merged('ports: [1]', 'ports:\n  a: 1')).toEqual(svc('ports:\n  a: 1'));
    expect(merged('environment: 3', 'environment: [A=1]')).toEqual(svc('environment: [A=1]'));
  });
});
