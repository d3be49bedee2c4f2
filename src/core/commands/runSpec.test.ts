import { describe, expect, it } from 'vitest';
import {
  defaultAnswers,
  formatPort,
  parseArgv,
  parsePort,
  parseVolume,
  runSpecFromAnswers,
  sanitizeAnswers,
  validateContainerName,
} from './runSpec';

describe('run flow builders (unit)', () => {
  it.each([
    ['80', { containerPort: 80, protocol: 'tcp', hostPort: undefined, hostIp: undefined }],
    ['8080:80', { containerPort: 80, hostPort: 8080, protocol: 'tcp', hostIp: undefined }],
    ['127.0.0.1:8080:80/udp', { containerPort: 80, hostPort: 8080, hostIp: '127.0.0.1', protocol: 'udp' }],
    ['127.0.0.1::80', { containerPort: 80, hostPort: undefined, hostIp: '127.0.0.1', protocol: 'tcp' }],
    ['[::1]:8080:80', { containerPort: 80, hostPort: 8080, hostIp: '::1', protocol: 'tcp' }],
    ['53/sctp', { containerPort: 53, protocol: 'sctp', hostPort: undefined, hostIp: undefined }],
  ])('parsePort(%s)', (text, expected) => {
    expect(parsePort(text)).toEqual(expected);
    expect(parsePort(formatPort(parsePort(text)))).toEqual(expected);
  });

  it.each(['', 'abc', '80:', '1:2:3:4', '70000', '8080:80/icmp', '0'])('parsePort rejects %j', (text) => {
    expect(() => parsePort(text)).toThrow();
  });

  it('parses named, anonymous, bind and relative bind volumes', () => {
    expect(parseVolume('data:/var/lib/data')).toEqual({
      kind: 'named',
      name: 'data',
      target: '/var/lib/data',
      readOnly: false,
    });
    expect(parseVolume('/data')).toEqual({ kind: 'anonymous', target: '/data' });
    expect(parseVolume('/srv/app:/app:ro')).toEqual({
      kind: 'bind',
      source: '/srv/app',
      target: '/app',
      readOnly: true,
    });
    expect(parseVolume('./src:/app', '/work/ws')).toEqual({
      kind: 'bind',
      source: '/work/ws/src',
      target: '/app',
      readOnly: false,
    });
    expect(() => parseVolume('data')).toThrow(/absolute container path/);
    expect(() => parseVolume('data:relative')).toThrow();
  });

  it('pre-fills EXPOSEd ports (which publish nothing by themselves) as host:container', () => {
    expect(defaultAnswers(['80/tcp', '53/udp', '9000']).ports).toBe('80:80, 53:53/udp, 9000:9000');
  });

  it('builds a RunSpec from answers and passes hostile values unchanged', () => {
    const spec = runSpecFromAnswers(
      'nginx:latest',
      {
        name: 'web-1',
        ports: '8080:80, 443',
        env: ['A=a;rm -rf /', 'B=$(x)', `C="q" 'q'`, 'D=ünï'],
        volumes: ['data:/d', '/anon'],
        network: 'my net',
        restart: 'unless-stopped',
        autoRemove: false,
        interactive: true,
      },
      { labels: { l: 'v' } },
    );
    expect(spec).toMatchObject({
      image: 'nginx:latest',
      name: 'web-1',
      env: ['A=a;rm -rf /', 'B=$(x)', `C="q" 'q'`, 'D=ünï'],
      network: 'my net',
      restart: 'unless-stopped',
      tty: true,
      interactive: true,
      labels: { l: 'v' },
    });
    expect(spec.ports).toHaveLength(2);
    expect(spec.volumes.map((v) => v.kind)).toEqual(['named', 'anonymous']);
  });

  it('refuses invalid names, env without =, and --rm with a restart policy', () => {
    const base = defaultAnswers([]);
    expect(() => runSpecFromAnswers('i', { ...base, name: 'a;rm -rf /' })).toThrow(/not a valid container name/);
    expect(() => runSpecFromAnswers('i', { ...base, env: ['NOEQUALS'] })).toThrow(/KEY=VALUE/);
    expect(() => runSpecFromAnswers('i', { ...base, autoRemove: true, restart: 'always' })).toThrow(/--rm cannot/);
    expect(validateContainerName('ok_name.1-2')).toBeUndefined();
    expect(validateContainerName('ünï')).toMatch(/not a valid/);
  });

  it('sanitizes stored answers from older versions', () => {
    const fallback = defaultAnswers(['80']);
    expect(
      sanitizeAnswers({ name: 5, ports: '1:1', env: ['A=1', 3], restart: 'sometimes', autoRemove: true }, fallback),
    ).toEqual({
      ...fallback,
      ports: '1:1',
      env: ['A=1'],
      autoRemove: true,
    });
    expect(sanitizeAnswers(undefined, fallback)).toEqual(fallback);
  });

  it('command and entrypoint overrides become argv, typed as on a shell line', () => {
    const spec = runSpecFromAnswers('busybox', {
      ...defaultAnswers([]),
      command: `sh -c 'echo "hi there"; sleep 60'`,
      entrypoint: '/bin/env',
    });
    expect(spec.cmd).toEqual(['sh', '-c', 'echo "hi there"; sleep 60']);
    expect(spec.entrypoint).toEqual(['/bin/env']);
    expect(runSpecFromAnswers('busybox', { ...defaultAnswers([]), command: '  ' }).cmd).toBeUndefined();
    expect(parseArgv('echo $HOME')).toEqual(['echo', '$HOME']);
  });

  it.each([
    ['ls | wc', `"ls | wc" uses shell syntax (|); no shell runs it — write sh -c '…' to get one`],
    ['echo hi > f', `"echo hi > f" uses shell syntax (>); no shell runs it — write sh -c '…' to get one`],
  ])('parseArgv refuses %j', (text, message) => {
    expect(() => parseArgv(text)).toThrow(message);
  });
});
