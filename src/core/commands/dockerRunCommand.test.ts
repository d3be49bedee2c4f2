import { describe, expect, it } from 'vitest';
import { dockerRunArgv, dockerRunCommands, quoteForDisplay } from './dockerRunCommand';

const image = {
  Config: {
    Env: ['PATH=/usr/bin'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    WorkingDir: '',
    User: '',
    Labels: { maintainer: 'x' },
  },
};

const container = {
  Id: 'abcdef0123456789',
  Name: '/web',
  Config: {
    Hostname: 'abcdef012345',
    Image: 'nginx:latest',
    Env: ['PATH=/usr/bin', 'A=a;rm -rf /'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Labels: { maintainer: 'x', team: 'web' },
    Tty: false,
    OpenStdin: false,
    WorkingDir: '',
    User: '',
  },
  HostConfig: {
    PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '' }] },
    NetworkMode: 'mynet',
    RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
    AutoRemove: false,
  },
  Mounts: [
    { Type: 'volume', Name: 'data', Source: '/var/lib/docker/volumes/data/_data', Destination: '/data', RW: true },
    { Type: 'volume', Name: 'a'.repeat(64), Source: '', Destination: '/cache', RW: true },
    { Type: 'bind', Source: '/srv/html', Destination: '/usr/share/nginx/html', RW: false },
  ],
};

describe('docker run command (unit)', () => {
  it('recreates settings that differ from the image', () => {
    expect(dockerRunArgv(container, image)).toEqual([
      'docker',
      'run',
      '--detach',
      '--name',
      'web',
      '--env',
      'A=a;rm -rf /',
      '--label',
      'team=web',
      '--publish',
      '8080:80',
      '--publish',
      '127.0.0.1::53/udp',
      '--volume',
      'data:/data',
      '--volume',
      '/cache',
      '--volume',
      '/srv/html:/usr/share/nginx/html:ro',
      '--network',
      'mynet',
      '--restart',
      'on-failure:3',
      'nginx:latest',
    ]);
  });

  it('keeps cmd and entrypoint overrides', () => {
    const c = { ...container, Config: { ...container.Config, Entrypoint: ['sh', '-c'], Cmd: ['echo "$(x)"'] } };
    expect(dockerRunArgv(c, image).slice(-4)).toEqual(['sh', 'nginx:latest', '-c', 'echo "$(x)"']);
  });

  it('an entrypoint emptied with --entrypoint "" stays empty', () => {
    const c = { ...container, Config: { ...container.Config, Entrypoint: null, Cmd: ['nginx', '-g', 'daemon off;'] } };
    const argv = dockerRunArgv(c, image);
    expect(argv.slice(argv.indexOf('--entrypoint'), argv.indexOf('--entrypoint') + 2)).toEqual(['--entrypoint', '']);
    expect(quoteForDisplay(argv)).toContain(`--entrypoint '' `);
    expect(dockerRunArgv(container, image)).not.toContain('--entrypoint');
  });

  it('a container on several networks: create, connect each other network, start', () => {
    const c = { ...container, NetworkSettings: { Networks: { mynet: {}, backend: {}, 'odd;net': {} } } };
    const cmds = dockerRunCommands(c, image);
    expect(cmds).toHaveLength(4);
    expect(cmds[0]!.slice(0, 4)).toEqual(['docker', 'create', '--name', 'web']);
    expect(cmds[0]).not.toContain('--detach');
    expect(cmds[0]!.slice(cmds[0]!.indexOf('--network'), cmds[0]!.indexOf('--network') + 2)).toEqual([
      '--network',
      'mynet',
    ]);
    expect(cmds.slice(1)).toEqual([
      ['docker', 'network', 'connect', 'backend', 'web'],
      ['docker', 'network', 'connect', 'odd;net', 'web'],
      ['docker', 'start', 'web'],
    ]);
    const onDefault = {
      ...container,
      HostConfig: { ...container.HostConfig, NetworkMode: 'default' },
      NetworkSettings: { Networks: { bridge: {}, extra: {} } },
    };
    expect(dockerRunCommands(onDefault, image).slice(1, 2)).toEqual([['docker', 'network', 'connect', 'extra', 'web']]);
    expect(dockerRunCommands({ ...container, NetworkSettings: { Networks: { mynet: {} } } }, image)).toEqual([
      dockerRunArgv(container, image),
    ]);
  });

  it("keeps each network's aliases and static addresses, not the short id the engine adds", () => {
    const c = {
      ...container,
      NetworkSettings: {
        Networks: {
          mynet: {
            Aliases: ['abcdef012345', 'db', 'primary'],
            IPAMConfig: { IPv4Address: '10.5.0.7', IPv6Address: 'fd00::7' },
          },
          backend: { Aliases: ['abcdef012345', 'api'], IPAMConfig: { IPv4Address: '10.6.0.9' } },
          plain: { Aliases: null, IPAMConfig: null },
        },
      },
    };
    const [create, ...rest] = dockerRunCommands(c, image);
    const at = create!.indexOf('--network');
    expect(create!.slice(at, at + 10)).toEqual([
      '--network',
      'mynet',
      '--network-alias',
      'db',
      '--network-alias',
      'primary',
      '--ip',
      '10.5.0.7',
      '--ip6',
      'fd00::7',
    ]);
    expect(rest).toEqual([
      ['docker', 'network', 'connect', '--alias', 'api', '--ip', '10.6.0.9', 'backend', 'web'],
      ['docker', 'network', 'connect', 'plain', 'web'],
      ['docker', 'start', 'web'],
    ]);
    // the default bridge takes neither
    const onBridge = {
      ...container,
      HostConfig: { ...container.HostConfig, NetworkMode: 'default' },
      NetworkSettings: { Networks: { bridge: { Aliases: ['x'] } } },
    };
    expect(dockerRunArgv(onBridge, image)).not.toContain('--network-alias');
  });

  it('quotes for display only', () => {
    expect(quoteForDisplay(['docker', 'run', '--env', 'A=a;rm -rf /', 'img', '$(x)', `it's`])).toBe(
      `docker run --env 'A=a;rm -rf /' img \\$\\(x\\) "it's"`,
    );
  });
});
