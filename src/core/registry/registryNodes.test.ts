import { describe, expect, it } from 'vitest';
import { contextValues } from '../tree/contextValues';
import { hostOfKey, nodeContextValue, nodeLabel, referenceOf, registriesFrom } from './registryNodes';

describe('Registries view nodes (unit)', () => {
  it('lists Docker Hub, then config.json registries, then added ones, each host once', () => {
    const nodes = registriesFrom(
      {
        auths: { 'https://index.docker.io/v1/': {}, 'ghcr.io': {}, 'https://127.0.0.1:5056/v2/': {} },
        credHelpers: { 'gcr.io': 'gcloud', 'ghcr.io': 'x' },
      },
      ['localhost:5000', 'ghcr.io'],
    );
    expect(
      nodes.map((n) => [n.kind === 'registry' && n.host, n.kind === 'registry' && n.source, nodeContextValue(n)]),
    ).toEqual([
      ['docker.io', 'hub', 'registry:loggedIn'],
      ['127.0.0.1:5056', 'config', 'registry:loggedIn'],
      ['gcr.io', 'config', 'registry'],
      ['ghcr.io', 'config', 'registry:loggedIn'],
      ['localhost:5000', 'added', 'registry:added'],
    ]);
    for (const n of nodes) expect(contextValues).toContain(nodeContextValue(n));
  });

  it('names Docker Hub keys and URLs by host', () => {
    expect(hostOfKey('https://index.docker.io/v1/')).toBe('docker.io');
    expect(hostOfKey('registry-1.docker.io')).toBe('docker.io');
    expect(hostOfKey('https://ghcr.io/v2/')).toBe('ghcr.io');
  });

  it('describes a tag by digest, size, platforms and date; references drop Docker Hub', () => {
    const tag = {
      kind: 'registryTag' as const,
      host: '127.0.0.1:5055',
      repository: 'team/app',
      tag: '1',
      details: {
        repository: 'team/app',
        tag: '1',
        digest: 'sha256:0123456789abcdef0123',
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        size: 2_050_000,
        platforms: ['linux/amd64'],
        created: '2026-12-07T02:00:00Z',
      },
    };
    expect(nodeLabel(tag)).toMatchObject({
      label: '1',
      description: '0123456789ab · 2.05 MB · linux/amd64 · 2026-12-07',
    });
    expect(referenceOf(tag)).toBe('127.0.0.1:5055/team/app:1');
    expect(referenceOf({ host: 'docker.io', repository: 'library/busybox', tag: 'latest' })).toBe('busybox:latest');
    expect(referenceOf({ host: 'docker.io', repository: 'me/library', tag: '1' })).toBe('me/library:1');
    const hubTag = { ...tag, host: 'docker.io', repository: 'me/app' };
    expect([nodeContextValue(tag), nodeContextValue(hubTag)]).toEqual(['registryTag', 'registryTag:hub']);
    expect(contextValues).toContain(nodeContextValue(hubTag));
    expect(nodeLabel({ ...tag, details: undefined, error: 'refused' })).toEqual({ label: '1', description: 'refused' });
  });
});
