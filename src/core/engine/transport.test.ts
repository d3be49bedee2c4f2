import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { modemOptions, sshAgentClass, sshArgv } from './transport';

describe('sshArgv (unit)', () => {
  it('builds the CLI transport: ssh … -- host docker system dial-stdio', () => {
    expect(sshArgv('ssh://deploy@build.example:2222')).toEqual([
      '-o',
      'ConnectTimeout=30',
      '-o',
      'BatchMode=yes',
      '-o',
      'ServerAliveInterval=15',
      '-o',
      'ServerAliveCountMax=3',
      '-T',
      '-l',
      'deploy',
      '-p',
      '2222',
      '--',
      'build.example',
      'docker',
      'system',
      'dial-stdio',
    ]);
    expect(sshArgv('ssh://box')).toEqual([
      '-o',
      'ConnectTimeout=30',
      '-o',
      'BatchMode=yes',
      '-o',
      'ServerAliveInterval=15',
      '-o',
      'ServerAliveCountMax=3',
      '-T',
      '--',
      'box',
      'docker',
      'system',
      'dial-stdio',
    ]);
  });

  it('a socket path becomes a quoted --host for the remote docker; IPv6 loses its brackets', () => {
    expect(sshArgv("ssh://u@[::1]/run/user/1000/it's.sock").slice(-6)).toEqual([
      '--',
      '::1',
      'docker',
      `--host='unix:///run/user/1000/it'\\''s.sock'`,
      'system',
      'dial-stdio',
    ]);
  });

  it('a host or user that looks like an ssh option is refused', () => {
    expect(() => sshArgv('ssh://-oProxyCommand=x')).toThrow(/must not start with '-'/);
    expect(() => sshArgv('ssh://-oProxyCommand=x@h')).toThrow(/must not start with '-'/);
  });

  it('rejects passwords and non-ssh URLs', () => {
    expect(() => sshArgv('ssh://u:secret@h')).toThrow(/must not contain a password/);
    expect(() => sshArgv('tcp://h')).toThrow(EngineError);
    expect(() => sshArgv('not a url')).toThrow(/invalid ssh endpoint/);
  });
});

describe('modemOptions (unit)', () => {
  const ep = (host: string, tls?: { verify: boolean; ca?: string }) => ({
    host,
    source: 'setting' as const,
    reason: '',
    tls,
  });
  it('unix and npipe use socketPath and clear every tcp key (the modem reads DOCKER_HOST itself otherwise)', () => {
    const { options } = modemOptions(ep('unix:///tmp/d.sock'));
    expect(options.socketPath).toBe('/tmp/d.sock');
    expect(Object.keys(options)).toContain('host');
    expect(options.host).toBeUndefined();
    expect(modemOptions(ep('npipe:////./pipe/docker_engine')).options.socketPath).toBe('//./pipe/docker_engine');
  });

  it('tcp is plain http unless TLS material is present; TLS honours verify', () => {
    expect(modemOptions(ep('tcp://10.0.0.1:2375')).options).toMatchObject({
      host: '10.0.0.1',
      port: '2375',
      protocol: 'http',
    });
    const t = modemOptions(ep('tcp://10.0.0.1', { verify: false }));
    expect(t.options).toMatchObject({ protocol: 'https', port: '2376' });
    expect((t.agent as unknown as { options: { rejectUnauthorized: boolean } }).options.rejectUnauthorized).toBe(false);
  });

  it('ssh goes through the dial-stdio agent', () => {
    const { agent } = modemOptions(ep('ssh://u@h'));
    expect(agent).toBeInstanceOf(sshAgentClass());
    agent?.destroy();
  });

  it('unknown schemes are a clear error', () => {
    expect(() => modemOptions(ep('fd://3'))).toThrow(/unsupported Docker endpoint 'fd:\/\/3'/);
  });
});
