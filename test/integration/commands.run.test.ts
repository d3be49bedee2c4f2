import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerRunArgv, dockerRunCommands } from '../../src/core/commands/dockerRunCommand';
import { defaultAnswers, runSpecFromAnswers } from '../../src/core/commands/runSpec';
import { actionsFor } from '../../src/core/engine/actions';
import { collect, setupEnv, testImage, type TestEnv } from './commandsHelpers';

let t: TestEnv;
let dir: string;
let image: string;
beforeAll(async () => {
  t = await setupEnv();
  dir = mkdtempSync(join(tmpdir(), 'sdcmd-run-'));
  writeFileSync(
    join(dir, 'Dockerfile'),
    `FROM ${testImage}\nEXPOSE 8080 53/udp\nENV IMAGE_ENV=1\nCMD ["sleep", "300"]\n`,
  );
  image = `${t.prefix}exposer:1`;
  await collect(actionsFor(t.engine).buildImage({ contextDir: dir, tags: [image], labels: t.labels }));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('run flow and "Copy docker run command" (integration)', () => {
  it('pre-fills the image EXPOSE ports and runs with the answers', async () => {
    const info = await t.engine.inspectImage(image);
    const answers = defaultAnswers(info.exposedPorts);
    expect(answers.ports.split(', ').sort()).toEqual(['53:53/udp', '8080:8080']);
    // the shared engine's host ports may be taken: let it pick, keeping the container ports from EXPOSE
    const ports = answers.ports
      .split(', ')
      .map((p) => p.replace(/^\d+:/, ''))
      .join(', ');
    const spec = runSpecFromAnswers(
      image,
      { ...answers, name: `${t.prefix}web`, ports, env: ['A=$(x) ü'], restart: 'unless-stopped' },
      { labels: t.labels },
    );
    const id = await actionsFor(t.engine).runContainer({ ...spec, network: `${t.prefix}default` });
    const c = await t.docker.getContainer(id).inspect();
    expect(Object.keys(c.NetworkSettings.Ports).sort()).toEqual(['53/udp', '8080/tcp']);
    expect(Number(c.NetworkSettings.Ports['8080/tcp']![0]!.HostPort)).toBeGreaterThan(0);
    expect(c.HostConfig.RestartPolicy?.Name).toBe('unless-stopped');
  });

  it('the copied command recreates the container settings when run by the docker CLI (argv, no shell)', async () => {
    const id = await actionsFor(t.engine).runContainer(
      t.spec({
        image,
        name: `${t.prefix}orig`,
        env: ['X=a;rm -rf /', `Q="it's"`],
        labels: { ...t.labels, 'x.y': '$(x) ü' },
        ports: [{ containerPort: 8080, protocol: 'tcp' }],
        volumes: [
          { kind: 'anonymous', target: '/cache' },
          { kind: 'bind', source: '/tmp', target: '/host', readOnly: true },
        ],
        restart: 'on-failure',
        maxRetries: 2,
        cmd: ['sh', '-c', 'echo "$X"; sleep 300'],
      }),
    );
    const raw = (await actionsFor(t.engine).inspectRaw('container', id)) as { Image: string };
    const argv = dockerRunArgv(raw, await actionsFor(t.engine).inspectRaw('image', raw.Image));
    const nameAt = argv.indexOf('--name');
    argv[nameAt + 1] = `${t.prefix}copy`;
    const res = spawnSync('docker', argv.slice(1), {
      encoding: 'utf8',
      env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' },
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const [orig, copy] = await Promise.all([
      t.docker.getContainer(id).inspect(),
      t.docker.getContainer(`${t.prefix}copy`).inspect(),
    ]);
    expect(copy.Config.Env.sort()).toEqual(orig.Config.Env.sort());
    expect(copy.Config.Labels).toEqual(orig.Config.Labels);
    expect(copy.Config.Cmd).toEqual(orig.Config.Cmd);
    expect(copy.HostConfig.RestartPolicy).toEqual(orig.HostConfig.RestartPolicy);
    expect(copy.HostConfig.PortBindings).toEqual(orig.HostConfig.PortBindings);
    expect(copy.HostConfig.NetworkMode).toBe(orig.HostConfig.NetworkMode);
    const mounts = (c: typeof orig) =>
      c.Mounts.map((m) => `${m.Type}:${m.Type === 'bind' ? m.Source : ''}:${m.Destination}:${m.RW}`).sort();
    expect(mounts(copy)).toEqual(mounts(orig));
  });

  it('the copied commands bring back network aliases and static addresses on every network', async () => {
    // subnets from the run id, so parallel runs on a shared engine do not collide
    const octet = 16 + (parseInt(t.prefix.replace(/\W/g, '').slice(-2), 36) % 200);
    const nets = [
      { name: `${t.prefix}ipa`, subnet: `10.${octet}.1.0/24`, ip: `10.${octet}.1.7`, alias: 'db' },
      { name: `${t.prefix}ipb`, subnet: `10.${octet}.2.0/24`, ip: `10.${octet}.2.9`, alias: 'api' },
    ];
    for (const n of nets)
      await t.docker.createNetwork({ Name: n.name, Labels: t.labels, IPAM: { Config: [{ Subnet: n.subnet }] } });
    const c = await t.docker.createContainer({
      name: `${t.prefix}ips`,
      Image: image,
      Labels: t.labels,
      HostConfig: { NetworkMode: nets[0]!.name },
      NetworkingConfig: {
        EndpointsConfig: { [nets[0]!.name]: { Aliases: [nets[0]!.alias], IPAMConfig: { IPv4Address: nets[0]!.ip } } },
      },
    });
    await t.docker.getNetwork(nets[1]!.name).connect({
      Container: c.id,
      EndpointConfig: { Aliases: [nets[1]!.alias], IPAMConfig: { IPv4Address: nets[1]!.ip } },
    });
    const raw = (await actionsFor(t.engine).inspectRaw('container', c.id)) as { Image: string };
    const cmds = dockerRunCommands(raw, await actionsFor(t.engine).inspectRaw('image', raw.Image));
    expect(cmds).toHaveLength(3);
    // recreate: the addresses are the original's, so it goes first
    await c.remove({ force: true });
    for (const argv of cmds) {
      const res = spawnSync('docker', argv.slice(1), {
        encoding: 'utf8',
        env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' },
      });
      expect(res.status, `${argv.join(' ')}: ${res.stderr}`).toBe(0);
    }
    const copy = await t.docker.getContainer(`${t.prefix}ips`).inspect();
    const shortId = copy.Id.slice(0, 12);
    for (const n of nets) {
      const ep = copy.NetworkSettings.Networks[n.name]!;
      expect((ep.Aliases ?? []).filter((x: string) => x !== shortId)).toEqual([n.alias]);
      expect(ep.IPAMConfig?.IPv4Address).toBe(n.ip);
      expect(ep.IPAddress).toBe(n.ip);
    }
  });
});
