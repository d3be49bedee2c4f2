import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { completion } from './completion';
import { hover } from './hover';
import { documentLinks } from './links';
import { definition, documentSymbols, references } from './navigation';

const TEXT = `services:
  web:
    image: nginx:1.27
    build:
      context: ./web
      dockerfile: Dockerfile.dev
    env_file: [web.env]
    depends_on: [db]
    networks: [back]
    volumes:
      - ./html:/usr/share/nginx/html:ro
      - data:/data
    restart: always
  db:
    image: postgres:16
    networks:
      - back
networks:
  back:
volumes:
  data:
`;
const doc = TextDocument.create('file:///w/shop/compose.yaml', 'dockercompose', 1, TEXT);
const at = (needle: string, delta = 0) => doc.positionAt(TEXT.indexOf(needle) + delta);

describe('compose language features (unit)', () => {
  it('document symbols: sections with their names', () => {
    const s = documentSymbols(doc);
    expect(s.map((x) => x.name)).toEqual(['services', 'networks', 'volumes']);
    expect(s[0]!.children!.map((c) => c.name)).toEqual(['web', 'db']);
    expect(s[0]!.children![1]!.selectionRange.start).toEqual({ line: 13, character: 2 });
  });

  it('definition and references of a service, a network and a volume', () => {
    expect(definition(doc, at('[db]', 1))).toEqual([
      { uri: doc.uri, range: { start: { line: 13, character: 2 }, end: { line: 13, character: 4 } } },
    ]);
    const refs = references(doc, at('back:\nvolumes'), true);
    expect(refs.map((r) => r.range.start.line).sort((a, b) => a - b)).toEqual([8, 16, 18]);
    const vol = definition(doc, at('data:/data', 1));
    expect(vol[0]!.range.start).toEqual({ line: 20, character: 2 });
    expect(references(doc, at('  data:\n', 2), false).map((r) => r.range)).toEqual([
      { start: { line: 11, character: 8 }, end: { line: 11, character: 12 } },
    ]);
  });

  it('definition and references of secrets, configs, volumes_from and extends', () => {
    const text = `services:
  base:
    image: app:1
  web:
    extends: base
    volumes_from: [base, "service:cache:ro"]
    secrets: [api_key]
    configs:
      - source: nginx_conf
        target: /etc/nginx/nginx.conf
  cache:
    image: redis:7
    extends:
      service: base
    secrets:
      - source: api_key
secrets:
  api_key:
    file: ./api_key.txt
configs:
  nginx_conf:
    file: ./nginx.conf
`;
    const d = TextDocument.create('file:///w/nav/compose.yaml', 'dockercompose', 1, text);
    const pos = (needle: string, delta = 0) => d.positionAt(text.indexOf(needle) + delta);
    const defLine = (p: ReturnType<typeof pos>) =>
      definition(d, p).map((l) => `${l.range.start.line}:${l.range.start.character}`);
    expect(defLine(pos('extends: base', 10))).toEqual(['1:2']);
    expect(defLine(pos('service: base', 10))).toEqual(['1:2']);
    expect(defLine(pos('[base,', 1))).toEqual(['1:2']);
    expect(defLine(pos('service:cache', 9))).toEqual(['10:2']);
    expect(defLine(pos('[api_key]', 1))).toEqual(['17:2']);
    expect(defLine(pos('source: api_key', 9))).toEqual(['17:2']);
    expect(defLine(pos('source: nginx_conf', 9))).toEqual(['20:2']);
    const lines = (p: ReturnType<typeof pos>) =>
      references(d, p, false).map((r) => `${r.range.start.line}:${r.range.start.character}`);
    expect(lines(pos('  base:', 2))).toEqual(['4:13', '5:19', '13:15']);
    expect(lines(pos('  api_key:\n', 2))).toEqual(['6:14', '15:16']);
    expect(lines(pos('  nginx_conf:', 2))).toEqual(['8:16']);
    expect(lines(pos('  cache:', 2))).toEqual(['5:34']);
  });

  it('hover shows the schema description of a key, and what a name refers to', () => {
    const h = hover(doc, at('restart', 2));
    expect(JSON.stringify(h)).toContain('restart');
    expect(JSON.stringify(hover(doc, at('[db]', 1)))).toContain('service **db**');
  });

  it('links env_file, build context and dockerfile, bind mounts', () => {
    const targets = documentLinks(doc).map((l) => l.target);
    expect(targets).toEqual([
      'file:///w/shop/web',
      'file:///w/shop/web/Dockerfile.dev',
      'file:///w/shop/web.env',
      'file:///w/shop/html',
    ]);
  });

  it('completes service keys (minus present ones), enum values and names', () => {
    const half = TextDocument.create(
      'file:///w/c.yaml',
      'dockercompose',
      1,
      'services:\n  web:\n    image: a:1\n    \n  db:\n    image: b\n    depends_on:\n      - \n    restart: \n    pull_policy: \n',
    );
    const keys = completion(half, { line: 3, character: 4 }).map((c) => c.label);
    expect(keys).toContain('ports');
    expect(keys).toContain('healthcheck');
    expect(keys).not.toContain('image');
    expect(completion(half, { line: 7, character: 8 }).map((c) => c.label)).toEqual(['web', 'db']);
    expect(completion(half, { line: 9, character: 17 }).map((c) => c.label)).toEqual(
      expect.arrayContaining(['always', 'never', 'missing', 'build']),
    );
    const top = completion(TextDocument.create('file:///w/c.yaml', 'dockercompose', 1, 'na'), {
      line: 0,
      character: 2,
    }).map((c) => c.label);
    expect(top).toEqual(expect.arrayContaining(['name', 'services', 'networks', 'volumes', 'include']));
  });
});
