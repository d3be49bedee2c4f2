import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/index';
import * as a from '../../src/core/engine/actions';
import { EngineError } from '../../src/core/engine/errors';
import { setupEnv, stateOf, type TestEnv } from './commandsHelpers';

let t: TestEnv;
beforeAll(async () => {
  t = await setupEnv();
});
afterAll(async () => {
  await t.cleanup();
});

async function expectEngineError(p: Promise<unknown>, kind: string, text: RegExp): Promise<EngineError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EngineError);
  expect((err as EngineError).kind).toBe(kind);
  expect((err as EngineError).message).toMatch(text);
  return err as EngineError;
}

describe('container verbs (integration)', () => {
  it('create, start, pause, unpause, stop, restart, kill, rename, remove change the state', async () => {
    const name = `${t.prefix}life`;
    const id = await a.createContainer(t.engine, t.spec({ name }));
    expect(await stateOf(t.docker, id)).toBe('created');
    await a.startContainer(t.engine, id);
    expect(await stateOf(t.docker, id)).toBe('running');
    await a.startContainer(t.engine, id); // already started: not an error
    await a.pauseContainer(t.engine, id);
    expect(await stateOf(t.docker, id)).toBe('paused');
    await a.unpauseContainer(t.engine, id);
    expect(await stateOf(t.docker, id)).toBe('running');
    await a.stopContainer(t.engine, id, 1);
    expect(await stateOf(t.docker, id)).toBe('exited');
    await a.stopContainer(t.engine, id, 1); // already stopped: not an error
    await a.restartContainer(t.engine, id, 1);
    expect(await stateOf(t.docker, id)).toBe('running');
    const before = (await t.docker.getContainer(id).inspect()).State.StartedAt;
    await a.restartContainer(t.engine, id, 1);
    expect((await t.docker.getContainer(id).inspect()).State.StartedAt).not.toBe(before);
    await a.killContainer(t.engine, id, 'SIGKILL');
    const killed = await t.docker.getContainer(id).inspect();
    expect(killed.State.Status).toBe('exited');
    expect(killed.State.ExitCode).toBe(137);
    await a.renameContainer(t.engine, id, `${name}-renamed`);
    expect((await t.docker.getContainer(id).inspect()).Name).toBe(`/${name}-renamed`);
    await a.removeContainer(t.engine, id);
    await expect(t.docker.getContainer(id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('kill sends the chosen signal', async () => {
    const id = await a.runContainer(
      t.engine,
      t.spec({ name: `${t.prefix}sig`, cmd: ['sh', '-c', 'trap "exit 42" USR1; while true; do sleep 0.1; done'] }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await a.killContainer(t.engine, id, 'SIGUSR1');
    const res = await t.docker.getContainer(id).wait();
    expect(res.StatusCode).toBe(42);
  });

  it('remove of a running container needs force; force with volumes removes its anonymous volume', async () => {
    const id = await a.runContainer(
      t.engine,
      t.spec({ name: `${t.prefix}rm`, volumes: [{ kind: 'anonymous', target: '/data' }] }),
    );
    const vol = (await t.docker.getContainer(id).inspect()).Mounts.find((m) => m.Destination === '/data')!.Name!;
    await expectEngineError(a.removeContainer(t.engine, id), 'conflict', /running|stop/i);
    await a.removeContainer(t.engine, id, { force: true, volumes: true });
    await expect(t.docker.getVolume(vol).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('run applies ports, env, named/anonymous/bind volumes, network, restart policy and --rm', async () => {
    const net = await a.createNetwork(t.engine, { name: `${t.prefix}net`, labels: t.labels });
    const volName = await a.createVolume(t.engine, { name: `${t.prefix}vol`, labels: t.labels });
    const id = await a.runContainer(
      t.engine,
      t.spec({
        name: `${t.prefix}full`,
        ports: [
          { containerPort: 80, protocol: 'tcp', hostPort: 0 },
          { containerPort: 53, protocol: 'udp' },
        ],
        env: ['A=1', 'B=two words'],
        volumes: [
          { kind: 'named', name: volName, target: '/named' },
          { kind: 'anonymous', target: '/anon' },
          { kind: 'bind', source: '/tmp', target: '/host', readOnly: true },
        ],
        network: `${t.prefix}net`,
        restart: 'on-failure',
        maxRetries: 3,
      }),
    );
    const i = await t.docker.getContainer(id).inspect();
    expect(i.State.Running).toBe(true);
    expect(i.Config.Env).toEqual(expect.arrayContaining(['A=1', 'B=two words']));
    expect(Object.keys(i.HostConfig.PortBindings ?? {}).sort()).toEqual(['53/udp', '80/tcp']);
    expect(i.HostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 });
    expect(Object.keys(i.NetworkSettings.Networks)).toEqual([`${t.prefix}net`]);
    expect(i.NetworkSettings.Networks[`${t.prefix}net`]!.NetworkID).toBe(net);
    const mounts = Object.fromEntries(i.Mounts.map((m) => [m.Destination, m]));
    expect(mounts['/named']).toMatchObject({ Type: 'volume', Name: volName });
    expect(mounts['/anon']).toMatchObject({ Type: 'volume' });
    expect(mounts['/host']).toMatchObject({ Type: 'bind', Source: '/tmp', RW: false });
    await a.removeContainer(t.engine, id, { force: true, volumes: true });

    const rm = await a.runContainer(t.engine, t.spec({ name: `${t.prefix}autorm`, cmd: ['true'], autoRemove: true }));
    await t.docker
      .getContainer(rm)
      .wait()
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    await expect(t.docker.getContainer(rm).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('tty/interactive containers get a TTY and open stdin', async () => {
    const id = await a.createContainer(
      t.engine,
      t.spec({ name: `${t.prefix}tty`, tty: true, interactive: true, cmd: ['sh'] }),
    );
    const i = await t.docker.getContainer(id).inspect();
    expect(i.Config.Tty).toBe(true);
    expect(i.Config.OpenStdin).toBe(true);
  });
});

describe('container failures (integration)', () => {
  it('name in use says which container holds it', async () => {
    const name = `${t.prefix}dup`;
    const first = await a.createContainer(t.engine, t.spec({ name }));
    const err = await expectEngineError(
      a.createContainer(t.engine, t.spec({ name })),
      'conflict',
      new RegExp(`name "${name}" is already in use by container ${first.slice(0, 12)}`),
    );
    expect(err.message).toMatch(/Remove or rename/);
  });

  it('port already allocated names the container holding it, and the failed container is removed again', async () => {
    const holder = `${t.prefix}holder`;
    const id = await a.runContainer(
      t.engine,
      t.spec({ name: holder, ports: [{ containerPort: 80, protocol: 'tcp', hostPort: 0 }] }),
    );
    const hostPort = Number((await t.docker.getContainer(id).inspect()).NetworkSettings.Ports['80/tcp']![0]!.HostPort);
    const second = `${t.prefix}second`;
    await expectEngineError(
      a.runContainer(t.engine, t.spec({ name: second, ports: [{ containerPort: 80, protocol: 'tcp', hostPort }] })),
      'conflict',
      new RegExp(`host port ${hostPort} is already allocated by container "${holder}"`),
    );
    await expect(t.docker.getContainer(second).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('invalid container names are refused with the allowed charset in the message', async () => {
    for (const name of ['a;rm -rf /', '$(x)', `it's`, 'ünïcode', '"q"']) {
      await expectEngineError(
        a.createContainer(t.engine, t.spec({ name })),
        'badRequest',
        /Invalid container name.*letter or digit/,
      );
    }
  });

  it('a missing container gives notFound', async () => {
    await expectEngineError(a.stopContainer(t.engine, `${t.prefix}missing`), 'notFound', /No such container/i);
  });

  it('engine down (nonexistent socket) gives unreachable', async () => {
    const down = createEngine({
      host: 'unix:///tmp/stevedore-no-such-dir/docker.sock',
      source: 'setting',
      reason: 'test',
    });
    await expectEngineError(a.startContainer(down, 'x'), 'unreachable', /not reachable/);
    await expectEngineError(a.createContainer(down, t.spec()), 'unreachable', /not reachable/);
    await expectEngineError(a.prunePreview(down, 'containers'), 'unreachable', /not reachable/);
    down.dispose();
  });
});

describe('hostile strings reach the engine unchanged (integration)', () => {
  const hostile = ['a;rm -rf /', '$(x)', '`id`', `it's "quoted"`, 'ünïcødé ✓ 日本', 'line1\nline2', '--rm'];
  it('labels, env and cmd args are passed byte for byte', async () => {
    const labels: Record<string, string> = { ...t.labels };
    hostile.forEach((h, i) => {
      labels[`x.h${i}`] = h;
    });
    const id = await a.runContainer(
      t.engine,
      t.spec({
        name: `${t.prefix}hostile`,
        labels,
        env: hostile.map((h, i) => `H${i}=${h}`),
        cmd: ['sleep', '300'],
      }),
    );
    const i = await t.docker.getContainer(id).inspect();
    hostile.forEach((h, n) => {
      expect(i.Config.Labels[`x.h${n}`]).toBe(h);
      expect(i.Config.Env).toContain(`H${n}=${h}`);
    });
    const res = await a.execOnce(t.engine, id, ['printf', '%s\\0', ...hostile]);
    expect(res.stdout.split('\0').slice(0, -1)).toEqual(hostile);
  });

  it('network names with shell metacharacters are created, connected and removed unchanged', async () => {
    const name = `${t.prefix}n;rm -rf /$(x)"'ü`;
    const id = await a.createNetwork(t.engine, { name, labels: t.labels });
    expect((await t.docker.getNetwork(id).inspect()).Name).toBe(name);
    const c = await a.runContainer(t.engine, t.spec({ name: `${t.prefix}netc` }));
    await a.connectNetwork(t.engine, name, c);
    expect(Object.keys((await t.docker.getContainer(c).inspect()).NetworkSettings.Networks)).toContain(name);
    await a.disconnectNetwork(t.engine, name, c);
    expect(Object.keys((await t.docker.getContainer(c).inspect()).NetworkSettings.Networks)).not.toContain(name);
    await a.removeNetwork(t.engine, name);
    await expect(t.docker.getNetwork(id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });
});
