// Shared setup for the files integration tests: the real engine, labelled containers and volumes, cleanup by label.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Dockerode from 'dockerode';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';

export const testImage = process.env.STEVEDORE_TEST_IMAGE ?? 'stevedore-test/busybox:latest';
export const docker = (...args: string[]): string =>
  execFileSync('/usr/bin/docker', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

export interface FilesEnv {
  engine: Engine;
  client: Dockerode;
  prefix: string;
  labels: Record<string, string>;
  /** a container from the test image (`--network none`, labelled), running `sleep` unless `stopped` */
  container(opts?: { stopped?: boolean; readOnly?: boolean; volume?: string; user?: string }): Promise<string>;
  volume(): Promise<string>;
  cleanup(): Promise<void>;
}

export async function setupFiles(area: string): Promise<FilesEnv> {
  const run = randomBytes(4).toString('hex');
  const engine = createEngine(
    await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' } }),
  );
  const client = new Dockerode({ socketPath: '/var/run/docker.sock' });
  const labels = { 'stevedore.test': area, 'stevedore.test.run': run };
  const prefix = `sdfiles-${run}-`;
  let n = 0;
  return {
    engine,
    client,
    prefix,
    labels,
    async container(opts = {}) {
      const c = await client.createContainer({
        name: `${prefix}${n++}`,
        Image: testImage,
        Cmd: ['sh', '-c', 'mkdir -p /tmp 2>/dev/null; exec sleep 3600'],
        Labels: labels,
        User: opts.user,
        HostConfig: {
          NetworkMode: 'none',
          ReadonlyRootfs: !!opts.readOnly,
          Binds: opts.volume ? [`${opts.volume}:/data`] : undefined,
        },
      });
      if (!opts.stopped) await c.start();
      return c.id;
    },
    async volume() {
      const name = `${prefix}v${n++}`;
      await client.createVolume({ Name: name, Labels: labels });
      return name;
    },
    async cleanup() {
      const filters = { label: [`stevedore.test.run=${run}`] };
      for (const c of await client.listContainers({ all: true, filters })) {
        await client
          .getContainer(c.Id)
          .remove({ force: true, v: true })
          .catch(() => undefined);
      }
      const { Volumes } = await client.listVolumes({ filters });
      for (const v of Volumes ?? [])
        await client
          .getVolume(v.Name)
          .remove()
          .catch(() => undefined);
      for (const i of await client.listImages({ filters })) {
        await client
          .getImage(i.Id)
          .remove({ force: true })
          .catch(() => undefined);
      }
      engine.dispose();
    },
  };
}
