import { describe, expect, it } from 'vitest';
import { pathMapping } from './pathMapping';

describe('pathMapping', () => {
  it('maps the context copied into WORKDIR', () => {
    expect(pathMapping('FROM node\nWORKDIR /app\nCOPY package.json ./\nCOPY . .\n')).toEqual({
      localRoot: '',
      remoteRoot: '/app',
    });
  });
  it('maps a copied directory, resolving relative WORKDIRs and destinations', () => {
    expect(pathMapping('FROM node\nWORKDIR /srv\nWORKDIR web\nCOPY --chown=1 src/ ./src\n')).toEqual({
      localRoot: 'src',
      remoteRoot: '/srv/web/src',
    });
  });
  it('reads only the last stage, and skips COPY --from', () => {
    const df = 'FROM node AS b\nWORKDIR /b\nCOPY . .\nFROM node\nWORKDIR /app\nCOPY --from=b /b/out ./out\n';
    expect(pathMapping(df)).toEqual({ localRoot: '', remoteRoot: '/app' });
    expect(pathMapping('FROM scratch\n')).toBeUndefined();
    expect(pathMapping('')).toBeUndefined();
  });
});
