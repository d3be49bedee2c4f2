// Container verbs over the Engine API: lifecycle, rename/remove, create/run from a RunSpec.
import type Dockerode from 'dockerode';
import type { Engine } from './engine';
import { dockerOf } from './actionsDocker';
import { portConflictError, toActionError } from './actionsErrors';
import type { RunSpec } from './actionsTypes';
import { pathSegment } from './pathSegment';

async function act<T>(what: string, fn: () => Promise<T>, docker?: Dockerode): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (docker) {
      const port = await portConflictError(docker, err, what);
      if (port) throw port;
    }
    throw toActionError(err, what);
  }
}

/** How a container is named in messages: full ids are shortened like the CLI does. */
export function display(idOrName: string): string {
  return /^[0-9a-f]{64}$/.test(idOrName) ? idOrName.slice(0, 12) : idOrName;
}

/** 304 "already started/stopped" is success for the user. */
function notModifiedOk(err: unknown): void {
  if ((err as { statusCode?: number })?.statusCode !== 304) throw err;
}

export async function startContainer(engine: Engine, id: string): Promise<void> {
  const docker = dockerOf(engine);
  await act(
    `Start container ${display(id)}`,
    () => docker.getContainer(pathSegment('container', id)).start().catch(notModifiedOk),
    docker,
  );
}

export async function stopContainer(engine: Engine, id: string, timeoutSeconds?: number): Promise<void> {
  const docker = dockerOf(engine);
  await act(`Stop container ${display(id)}`, () =>
    docker
      .getContainer(pathSegment('container', id))
      .stop(timeoutSeconds === undefined ? {} : { t: timeoutSeconds })
      .catch(notModifiedOk),
  );
}

export async function restartContainer(engine: Engine, id: string, timeoutSeconds?: number): Promise<void> {
  const docker = dockerOf(engine);
  await act(
    `Restart container ${display(id)}`,
    () =>
      docker
        .getContainer(pathSegment('container', id))
        .restart(timeoutSeconds === undefined ? {} : { t: timeoutSeconds }),
    docker,
  );
}

export async function pauseContainer(engine: Engine, id: string): Promise<void> {
  await act(`Pause container ${display(id)}`, () =>
    dockerOf(engine).getContainer(pathSegment('container', id)).pause(),
  );
}

export async function unpauseContainer(engine: Engine, id: string): Promise<void> {
  await act(`Unpause container ${display(id)}`, () =>
    dockerOf(engine).getContainer(pathSegment('container', id)).unpause(),
  );
}

export async function killContainer(engine: Engine, id: string, signal = 'SIGKILL'): Promise<void> {
  await act(`Kill container ${display(id)}`, () =>
    dockerOf(engine).getContainer(pathSegment('container', id)).kill({ signal }),
  );
}

export async function renameContainer(engine: Engine, id: string, newName: string): Promise<void> {
  await act(`Rename container ${display(id)} to ${newName}`, () =>
    dockerOf(engine).getContainer(pathSegment('container', id)).rename({ name: newName }),
  );
}

export async function removeContainer(
  engine: Engine,
  id: string,
  opts: { force?: boolean; volumes?: boolean } = {},
): Promise<void> {
  await act(`Remove container ${display(id)}`, () =>
    dockerOf(engine).getContainer(pathSegment('container', id)).remove({ force: !!opts.force, v: !!opts.volumes }),
  );
}

/** POST /containers/create body for a RunSpec (exported for tests and "Copy docker run"). */
export function createBody(spec: RunSpec): Dockerode.ContainerCreateOptions {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp?: string; HostPort?: string }[]> = {};
  for (const p of spec.ports) {
    const key = `${p.containerPort}/${p.protocol}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({
      HostIp: p.hostIp ?? '',
      HostPort: p.hostPort === undefined ? '' : String(p.hostPort),
    });
  }
  const volumes: Record<string, object> = {};
  const mounts: Dockerode.MountSettings[] = [];
  for (const v of spec.volumes) {
    if (v.kind === 'anonymous') volumes[v.target] = {};
    else
      mounts.push({
        Type: v.kind === 'named' ? 'volume' : 'bind',
        Source: v.kind === 'named' ? v.name : v.source,
        Target: v.target,
        ReadOnly: !!v.readOnly,
      });
  }
  const restart =
    spec.restart === 'no'
      ? { Name: '' }
      : { Name: spec.restart, MaximumRetryCount: spec.restart === 'on-failure' ? (spec.maxRetries ?? 0) : 0 };
  return {
    Image: spec.image,
    name: spec.name || undefined,
    Env: spec.env.length ? spec.env : undefined,
    Cmd: spec.cmd?.length ? spec.cmd : undefined,
    Entrypoint: spec.entrypoint?.length ? spec.entrypoint : undefined,
    Labels: spec.labels,
    WorkingDir: spec.workingDir || undefined,
    User: spec.user || undefined,
    Tty: spec.tty,
    OpenStdin: spec.interactive,
    AttachStdin: spec.interactive,
    StdinOnce: false,
    AttachStdout: true,
    AttachStderr: true,
    ExposedPorts: Object.keys(exposed).length ? exposed : undefined,
    Volumes: Object.keys(volumes).length ? volumes : undefined,
    HostConfig: {
      PortBindings: Object.keys(bindings).length ? bindings : undefined,
      Mounts: mounts.length ? mounts : undefined,
      NetworkMode: spec.network || undefined,
      RestartPolicy: restart,
      AutoRemove: spec.autoRemove,
    },
  };
}

/** `docker create`: returns the new container's id. */
export async function createContainer(engine: Engine, spec: RunSpec): Promise<string> {
  const docker = dockerOf(engine);
  const c = await act(`Create container${spec.name ? ` ${spec.name}` : ''} from ${spec.image}`, () =>
    docker.createContainer(createBody(spec)),
  );
  return c.id;
}

/**
 * `docker run -d`: create then start. When start fails (port taken…) the just-created container
 * is removed again so a retry with the same name works.
 */
export async function runContainer(engine: Engine, spec: RunSpec): Promise<string> {
  const docker = dockerOf(engine);
  const id = await createContainer(engine, spec);
  try {
    await act(
      `Start container${spec.name ? ` ${spec.name}` : ''}`,
      () => docker.getContainer(pathSegment('container', id)).start(),
      docker,
    );
  } catch (err) {
    await docker
      .getContainer(pathSegment('container', id))
      .remove({ force: true })
      .catch(() => undefined);
    throw err;
  }
  return id;
}
