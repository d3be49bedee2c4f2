import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContextTree } from '../tree/contexts';
import { describeHealth, TLS_NOT_VERIFIED } from './describe';
import { listContexts } from './resolve';

describe('TLS not verified is shown (unit)', () => {
  it('in the status bar text and tooltip for an endpoint with verify off', () => {
    const ep = { host: 'tcp://h:2376', source: 'env' as const, reason: 'DOCKER_HOST', tls: { verify: false } };
    const h = describeHealth({ state: 'connecting' } as never, ep as never);
    expect(h.short).toContain(TLS_NOT_VERIFIED);
    expect(h.detail).toContain(TLS_NOT_VERIFIED);
    const verified = describeHealth({ state: 'connecting' } as never, { ...ep, tls: { verify: true } } as never);
    expect(verified.short).not.toContain(TLS_NOT_VERIFIED);
  });

  it('in the Engines view for DOCKER_TLS without DOCKER_TLS_VERIFY, and a context with SkipTLSVerify and no certs', async () => {
    const config = mkdtempSync(join(tmpdir(), 'tlsctx-'));
    const id = 'a'.repeat(64);
    mkdirSync(join(config, 'contexts', 'meta', id), { recursive: true });
    writeFileSync(
      join(config, 'contexts', 'meta', id, 'meta.json'),
      JSON.stringify({ Name: 'skippy', Endpoints: { docker: { Host: 'tcp://h:2376', SkipTLSVerify: true } } }),
    );
    const env = { DOCKER_CONFIG: config, DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS: '1' };
    const contexts = await listContexts({ env });
    expect(contexts.map((c) => [c.name, c.hasTls, c.skipTlsVerify])).toEqual([
      ['default', true, true],
      ['skippy', true, true],
    ]);
    for (const node of buildContextTree(contexts, {})) {
      expect(node.description).toContain(TLS_NOT_VERIFIED);
      expect(node.tooltip).toContain(TLS_NOT_VERIFIED);
    }
  });
});
