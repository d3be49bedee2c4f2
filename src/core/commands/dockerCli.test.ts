// Which engine the docker CLI (login, compose) is pointed at, for each way the window's endpoint was resolved.
import { describe, expect, it } from 'vitest';
import { cliEnv, cliEnvChanges } from './dockerCli';

describe('cliEnv (unit)', () => {
  const base = { PATH: '/bin', DOCKER_HOST: 'unix:///outer.sock', DOCKER_CONTEXT: 'outer' };

  it('a context (chosen for the window, DOCKER_CONTEXT, the CLI current one) goes by name, so TLS and ssh come with it', () => {
    for (const source of ['context', 'DOCKER_CONTEXT', 'config'] as const) {
      const env = cliEnv({ host: 'tcp://10.0.0.5:2376', context: 'remote', source }, base);
      expect(env.DOCKER_CONTEXT).toBe('remote');
      expect(env.DOCKER_HOST).toBeUndefined();
      expect(env.PATH).toBe('/bin');
    }
  });

  it('the host setting, DOCKER_HOST, the default socket and Podman go by DOCKER_HOST', () => {
    expect(cliEnv({ host: 'tcp://h:2375', source: 'setting' }, base).DOCKER_HOST).toBe('tcp://h:2375');
    expect(cliEnv({ host: 'unix:///run/user/1000/podman/podman.sock', source: 'podman' }, base).DOCKER_HOST).toBe(
      'unix:///run/user/1000/podman/podman.sock',
    );
    expect(cliEnv({ host: 'unix:///var/run/docker.sock', source: 'default' }, {}).DOCKER_HOST).toBe(
      'unix:///var/run/docker.sock',
    );
  });

  it("cliEnvChanges: only what changes, null for a variable to delete (a terminal's env)", () => {
    expect(cliEnvChanges({ host: 'tcp://10.0.0.5:2376', context: 'remote', source: 'context' }, base)).toEqual({
      DOCKER_HOST: null,
      DOCKER_CONTEXT: 'remote',
    });
    expect(cliEnvChanges({ host: 'tcp://h:2375', source: 'setting' }, { DOCKER_HOST: 'tcp://h:2375' })).toEqual({});
    expect(cliEnvChanges({ host: 'tcp://h:2375', source: 'setting' }, {})).toEqual({ DOCKER_HOST: 'tcp://h:2375' });
  });
});
