import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/index';
import { actionsFor } from '../../src/core/engine/actions';
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
    const id = await actionsFor(t.engine).createContainer(t.spec({ name }));
    expect(await stateOf(t.docker, id)).toBe('created');
    await actionsFor(t.engine).startContainer(id);
    expect(await stateOf(t.docker, id)).toBe('running');
    await actionsFor(t.engine).startContainer(id); // already started: not an error
    await actionsFor(t.engine).pauseContainer(id);
    expect(await stateOf(t.docker, id)).toBe('paused');
    await actionsFor(t.engine).unpauseContainer(id);
    expect(await stateOf(t.docker, id)).toBe('running');
    await actionsFor(t.engine).stopContainer(id, 1);
    expect(await stateOf(t.docker, id)).toBe('exited');
    await actionsFor(t.engine).stopContainer(id, 1); // already stopped: not an error
    await actionsFor(t.engine).restartContainer(id, 1);
    expect(await stateOf(t.docker, id)).toBe('running');
    const before = (await t.docker.getContainer(id).inspect()).State.StartedAt;
    await actionsFor(t.engine).restartContainer(id, 1);
    expect((await t.docker.getContainer(id).inspect()).State.StartedAt).not.toBe(before);
    await actionsFor(t.engine).killContainer(id, 'SIGKILL');
    const killed = await t.docker.getContainer(id).inspect();
    expect(killed.State.Status).toBe('exited');
    expect(killed.State.ExitCode).toBe(137);
    await actionsFor(t.engine).renameContainer(id, `${name}-renamed`);
    expect((await t.docker.getContainer(id).inspect()).Name).toBe(`/${name}-renamed`);
    await actionsFor(t.engine).removeContainer(id);
    await expect(t.docker.getContainer(id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('kill sends the chosen signal', async () => {
    const id = await actionsFor(t.engine).runContainer(
      t.spec({ name: `${t.prefix}sig`, cmd: ['sh', '-c', 'trap "exit 42" USR1; while true; do sleep 0.1; done'] }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await actionsFor(t.engine).killContainer(id, 'SIGUSR1');
    const res = await t.docker.getContainer(id).wait();
    expect(res.StatusCode).toBe(42);
  });

  it('remove of a running container needs force; force with volumes removes its anonymous volume', async () => {
    const id = await actionsFor(t.engine).runContainer(
      t.spec({ name: `${t.prefix}rm`, volumes: [{ kind: 'anonymous', target: '/data' }] }),
    );
    const vol = (await t.docker.getContainer(id).inspect()).Mounts.find((m) => m.Destination === '/data')!.Name!;
    await expectEngineError(actionsFor(t.engine).removeContainer(id), 'conflict', /running|stop/i);
    await actionsFor(t.engine).removeContainer(id, { force: true, volumes: true });
    await expect(t.docker.getVolume(vol).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('run applies ports, env, named/anonymous/bind volumes, network, restart policy and --rm', async () => {
    const net = await actionsFor(t.engine).createNetwork({ name: `${t.prefix}net`, labels: t.labels });
    const volName = await actionsFor(t.engine).createVolume({ name: `${t.prefix}vol`, labels: t.labels });
    const id = await actionsFor(t.engine).runContainer(
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
    await actionsFor(t.engine).removeContainer(id, { force: true, volumes: true });

    const rm = await actionsFor(t.engine).runContainer(
      t.spec({ name: `${t.prefix}autorm`, cmd: ['true'], autoRemove: true }),
    );
    await t.docker
      .getContainer(rm)
      .wait()
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    await expect(t.docker.getContainer(rm).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('tty/interactive containers get a TTY and open stdin', async () => {
    const id = await actionsFor(t.engine).createContainer(
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
    const first = await actionsFor(t.engine).createContainer(t.spec({ name }));
    const err = await expectEngineError(
      actionsFor(t.engine).createContainer(t.spec({ name })),
      'conflict',
      new RegExp(`name "${name}" is already in use by container ${first.slice(0, 12)}`),
    );
    expect(err.message).toMatch(/Remove or rename/);
  });

  it('port already allocated names the container holding it, and the failed container is removed again', async () => {
    const holder = `${t.prefix}holder`;
    const id = await actionsFor(t.engine).runContainer(
      t.spec({ name: holder, ports: [{ containerPort: 80, protocol: 'tcp', hostPort: 0 }] }),
    );
    const hostPort = Number((await t.docker.getContainer(id).inspect()).NetworkSettings.Ports['80/tcp']![0]!.HostPort);
    const second = `${t.prefix}second`;
    await expectEngineError(
      actionsFor(t.engine).runContainer(
        t.spec({ name: second, ports: [{ containerPort: 80, protocol: 'tcp', hostPort }] }),
      ),
      'conflict',
      new RegExp(`host port ${hostPort} is already allocated by container "${holder}"`),
    );
    await expect(t.docker.getContainer(second).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('invalid container names are refused with the allowed charset in the message', async () => {
    for (const name of ['a;rm -rf /', '$(x)', `it's`, 'ünïcode', '"q"']) {
      await expectEngineError(
        actionsFor(t.engine).createContainer(t.spec({ name })),
        'badRequest',
        /Invalid container name.*letter or digit/,
      );
    }
  });

  it('a missing container gives notFound', async () => {
    await expectEngineError(actionsFor(t.engine).stopContainer(`${t.prefix}missing`), 'notFound', /No such container/i);
  });

  it('engine down (nonexistent socket) gives unreachable', async () => {
    const down = createEngine({
      host: 'unix:///tmp/stevedore-no-such-dir/docker.sock',
      source: 'setting',
      reason: 'test',
    });
    await expectEngineError(actionsFor(down).startContainer('x'), 'unreachable', /not reachable/);
    await expectEngineError(actionsFor(down).createContainer(t.spec()), 'unreachable', /not reachable/);
    await expectEngineError(actionsFor(down).prunePreview('containers'), 'unreachable', /not reachable/);
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
    const id = await actionsFor(t.engine).runContainer(
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
    const res = await actionsFor(t.engine).execOnce(id, ['printf', '%s\\0', ...hostile]);
    expect(res.stdout.split('\0').slice(0, -1)).toEqual(hostile);
  });

  it('network names with shell metacharacters are created, connected and removed unchanged', async () => {
    const name = `${t.prefix}n;rm -rf /$(x)"'ü`;
    const id = await actionsFor(t.engine).createNetwork({ name, labels: t.labels });
    expect((await t.docker.getNetwork(id).inspect()).Name).toBe(name);
    const c = await actionsFor(t.engine).runContainer(t.spec({ name: `${t.prefix}netc` }));
    await actionsFor(t.engine).connectNetwork(name, c);
    expect(Object.keys((await t.docker.getContainer(c).inspect()).NetworkSettings.Networks)).toContain(name);
    await actionsFor(t.engine).disconnectNetwork(name, c);
    expect(Object.keys((await t.docker.getContainer(c).inspect()).NetworkSettings.Networks)).not.toContain(name);
    await actionsFor(t.engine).removeNetwork(name);
    await expect(t.docker.getNetwork(id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });
});
