import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, runCli } from '../../src/core/commands/dockerCli';
import { loginArgv, redact } from '../../src/core/commands/registry';

describe('registry login through the docker CLI (integration)', () => {
  it('passes the password on stdin only; a failure never echoes it', async () => {
    const password = 'pa$$ w0rd;`id`"\'ü';
    const argv = loginArgv('someone', 'localhost:1');
    expect(argv.join(' ')).not.toContain(password);
    const config = mkdtempSync(join(tmpdir(), 'sdcmd-docker-config-'));
    const env = cliEnv(
      { host: 'unix:///var/run/docker.sock', source: 'default' },
      { ...process.env, DOCKER_CONFIG: config },
    );
    const res = await runCli('docker', argv, { env, stdin: `${password}\n` }).finally(() =>
      rmSync(config, { recursive: true, force: true }),
    );
    expect(res.code).not.toBe(0);
    expect(res.output).toMatch(/localhost:1|connection refused|dial tcp/i);
    expect(res.output).not.toContain(password);
    expect(redact(`x ${password} y`, password)).toBe('x ******** y');
  });

  it('points the CLI at the same engine as the window', () => {
    expect(
      cliEnv({ host: 'tcp://h:2376', source: 'setting', context: undefined }, { DOCKER_CONTEXT: 'x' }).DOCKER_HOST,
    ).toBe('tcp://h:2376');
    const ctx = cliEnv({ host: 'ssh://u@h', source: 'config', context: 'remote' }, { DOCKER_HOST: 'unix:///x' });
    expect(ctx.DOCKER_CONTEXT).toBe('remote');
    expect(ctx.DOCKER_HOST).toBeUndefined();
  });
});
