// Volume and network verbs.
import type { Engine } from './engine';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { pathSegment, networkSegment } from './pathSegment';

export interface VolumeCreateSpec {
  name?: string;
  driver?: string;
  driverOpts?: Record<string, string>;
  labels?: Record<string, string>;
}

/** Returns the volume's name (the engine picks one when none is given). */
export async function createVolume(engine: Engine, spec: VolumeCreateSpec): Promise<string> {
  try {
    // dockerode resolves with a Volume handle ({ name }), not the engine's JSON
    const v = (await dockerOf(engine).createVolume({
      Name: spec.name ?? '',
      Driver: spec.driver || 'local',
      DriverOpts: spec.driverOpts ?? {},
      Labels: spec.labels ?? {},
    })) as unknown as { name?: string; Name?: string };
    return String(v.name ?? v.Name);
  } catch (err) {
    throw toActionError(err, `Create volume ${spec.name ?? ''}`.trim());
  }
}

export async function removeVolume(engine: Engine, name: string, force = false): Promise<void> {
  try {
    await dockerOf(engine)
      .getVolume(pathSegment('volume', name))
      .remove({ force } as never);
  } catch (err) {
    const e = toActionError(err, `Remove volume ${name}`);
    if (/volume is in use/.test(e.message)) e.message = `${e.message}. Remove the containers using it first.`;
    throw e;
  }
}

export const networkDrivers = [
  {
    driver: 'bridge',
    detail: 'A private network on this host; containers reach each other by name (the usual choice).',
  },
  {
    driver: 'host',
    detail: "No isolation: containers use the host's network stack directly (only one such network exists).",
  },
  { driver: 'overlay', detail: 'Spans several engines of a swarm; containers on different hosts talk as if local.' },
  {
    driver: 'macvlan',
    detail: 'Gives each container its own MAC address on a physical network, like a separate machine.',
  },
  { driver: 'ipvlan', detail: 'Like macvlan but sharing the host MAC; for networks that limit MAC addresses.' },
  { driver: 'none', detail: 'No networking at all besides loopback.' },
] as const;

export interface NetworkCreateSpec {
  name: string;
  driver?: string;
  subnet?: string;
  gateway?: string;
  internal?: boolean;
  attachable?: boolean;
  labels?: Record<string, string>;
}

/** Returns the new network's id. */
export async function createNetwork(engine: Engine, spec: NetworkCreateSpec): Promise<string> {
  try {
    const n = await dockerOf(engine).createNetwork({
      Name: spec.name,
      Driver: spec.driver || 'bridge',
      CheckDuplicate: true,
      Internal: !!spec.internal,
      Attachable: !!spec.attachable,
      Labels: spec.labels,
      IPAM: spec.subnet
        ? { Driver: 'default', Config: [{ Subnet: spec.subnet, ...(spec.gateway ? { Gateway: spec.gateway } : {}) }] }
        : undefined,
    } as never);
    return n.id;
  } catch (err) {
    throw toActionError(err, `Create network ${spec.name}`);
  }
}

export async function connectNetwork(
  engine: Engine,
  network: string,
  container: string,
  aliases?: string[],
): Promise<void> {
  try {
    await dockerOf(engine)
      .getNetwork(await networkSegment(dockerOf(engine), network))
      .connect({ Container: container, EndpointConfig: aliases?.length ? { Aliases: aliases } : undefined } as never);
  } catch (err) {
    throw toActionError(err, `Connect ${container} to network ${network}`);
  }
}

export async function disconnectNetwork(
  engine: Engine,
  network: string,
  container: string,
  force = false,
): Promise<void> {
  try {
    await dockerOf(engine)
      .getNetwork(await networkSegment(dockerOf(engine), network))
      .disconnect({ Container: container, Force: force } as never);
  } catch (err) {
    throw toActionError(err, `Disconnect ${container} from network ${network}`);
  }
}

export async function removeNetwork(engine: Engine, idOrName: string): Promise<void> {
  try {
    const d = dockerOf(engine);
    await d.getNetwork(await networkSegment(d, idOrName)).remove();
  } catch (err) {
    const e = toActionError(err, `Remove network ${idOrName}`);
    if (/has active endpoints/.test(e.message)) e.message = `${e.message}. Disconnect or remove its containers first.`;
    throw e;
  }
}

/** Raw inspect JSON for the read-only "Inspect" editors. */
export async function inspectRaw(
  engine: Engine,
  kind: 'container' | 'image' | 'volume' | 'network',
  idOrName: string,
): Promise<unknown> {
  const d = dockerOf(engine);
  try {
    switch (kind) {
      case 'container':
        return await d.getContainer(pathSegment('container', idOrName)).inspect();
      case 'image':
        return await d.getImage(pathSegment('image', idOrName)).inspect();
      case 'volume':
        return await d.getVolume(pathSegment('volume', idOrName)).inspect();
      case 'network':
        return await d.getNetwork(await networkSegment(d, idOrName)).inspect();
    }
  } catch (err) {
    throw toActionError(err, `Inspect ${kind} ${idOrName}`);
  }
}
