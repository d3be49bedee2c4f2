import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../../src/core/compose/dotenv';
import { baseFilesFor, isComposeFileName, isOverrideFileName } from '../../../src/core/compose/files';
import { evaluate, interpolate, tokenize } from '../../../src/core/compose/interpolation';
import { modelOf, namedVolumeSource, splitVolumeSpec } from '../../../src/core/compose/model';
import { parsePortSpec } from '../../../src/core/compose/ports';
import { projectInfo } from '../../../src/core/compose/project';

describe('compose model (unit)', () => {
  it('recognises compose file names and overrides', () => {
    for (const f of [
      'compose.yaml',
      'compose.yml',
      'docker-compose.yaml',
      '/a/docker-compose.yml',
      'compose.override.yaml',
      'docker-compose.prod.yml',
      'compose.dev.local.yaml',
    ])
      expect(isComposeFileName(f), f).toBe(true);
    for (const f of ['composer.yaml', 'my-compose.yml', 'compose.json', 'Dockerfile'])
      expect(isComposeFileName(f), f).toBe(false);
    expect(isOverrideFileName('compose.yaml')).toBe(false);
    expect(isOverrideFileName('compose.override.yaml')).toBe(true);
    expect(baseFilesFor('/p/compose.prod.yaml', (p) => p === '/p/compose.yaml')).toEqual(['/p/compose.yaml']);
  });

  it('interpolation: every form, nesting, $$ escapes, errors', () => {
    const env = (n: string) => (({ SET: 'v', EMPTY: '' }) as Record<string, string>)[n];
    expect(
      interpolate('${SET} ${UNSET:-d} ${EMPTY:-d} ${EMPTY-d} ${SET:+alt} ${UNSET+alt} $$SET ${UNSET:-${SET}}', env),
    ).toBe('v d d  alt  $SET v');
    expect(evaluate(tokenize('${UNSET:?need it}').vars[0]!, env)).toEqual({ value: '', missing: true });
    expect(evaluate(tokenize('${EMPTY?x}').vars[0]!, env).missing).toBe(false);
    expect(tokenize('$$ ${A} $B').vars.map((v) => [v.name, v.start, v.end])).toEqual([
      ['A', 3, 7],
      ['B', 8, 10],
    ]);
    expect(tokenize('${A').problems[0]!.message).toContain('unterminated');
    expect(tokenize('${A:x}').problems[0]!.message).toContain('invalid interpolation');
  });

  it('.env: comments, export, quotes, escapes, multi-line, interpolation of earlier values', () => {
    const e = parseDotenv(
      '# c\nexport A=1\nB="x\\ny" # no\nC=\'${A} raw\'\nD=${A}-2 # comment\nE="multi\nline"\nbad line\n',
    );
    expect(Object.fromEntries(e.map((x) => [x.name, x.value]))).toEqual({
      A: '1',
      B: 'x\ny',
      C: '${A} raw',
      D: '1-2',
      E: 'multi\nline',
    });
  });

  it('references through anchors and merge keys; volume specs', () => {
    const m = modelOf(
      'x-n: &n\n  networks: [back]\nservices:\n  a:\n    <<: *n\n    image: a\n    volumes: ["data:/d", "./x:/x", "C:\\\\w:/w"]\n    depends_on: {b: {condition: service_started}}\n  b:\n    image: b\n',
    );
    expect(m.refs.map((r) => `${r.service}>${r.kind}:${r.name}`)).toEqual([
      'a>volume:data',
      'a>service:b',
      'a>network:back',
    ]);
    expect(splitVolumeSpec('C:\\w:/w:ro')).toEqual(['C:\\w', '/w', 'ro']);
    expect(namedVolumeSource('/abs:/x')).toBeUndefined();
    expect(namedVolumeSource('/only')).toBeUndefined();
  });

  it('ports: ranges, IPv6, protocols', () => {
    expect(parsePortSpec('[::1]:8000-8001:80-81/udp')).toMatchObject({
      hostIp: '::1',
      published: { start: 8000, end: 8001 },
      target: { start: 80, end: 81 },
      protocol: 'udp',
      problems: [],
    });
    expect(parsePortSpec('80').published).toBeUndefined();
    expect(parsePortSpec('1.2.3.4::80')).toMatchObject({ hostIp: '1.2.3.4', problems: [] });
    expect(parsePortSpec('1.2.3.4::80').published).toBeUndefined();
  });

  it('project: shell env wins over .env; names from base and included files', () => {
    const files: Record<string, string> = {
      '/p/.env': 'TAG=fromfile\nONLY=file\n',
      '/p/compose.yaml': 'services:\n  db:\n    image: pg\nnetworks:\n  back:\n',
      '/p/inc.yaml': 'volumes:\n  shared:\n',
    };
    const host = { readFile: (p: string) => files[p], exists: (p: string) => p in files, env: { TAG: 'shell' } };
    const m = modelOf('include: [inc.yaml]\nservices:\n  web:\n    depends_on: [db]\n');
    const info = projectInfo('/p/compose.override.yaml', m, host);
    expect(info.env('TAG')).toBe('shell');
    expect(info.env('ONLY')).toBe('file');
    expect([...info.external.service]).toEqual(['db']);
    expect([...info.external.network]).toEqual(['back']);
    expect([...info.external.volume]).toEqual(['shared']);
    expect(info.name).toBe('p');
  });
});
