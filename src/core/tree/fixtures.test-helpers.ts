// Fixture records for the tree's unit tests (shapes as the engine module returns them).
import type { ContainerSummary, ImageSummary, NetworkSummary, VolumeSummary } from '../engine/types';

export const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const ago = (s: number) => Math.floor(now / 1000) - s;

export function container(over: Partial<ContainerSummary> & { name: string }): ContainerSummary {
  return {
    id: (over.name.replace(/[^a-f0-9]/g, '') + 'c'.repeat(64)).slice(0, 64),
    names: [over.name],
    image: 'stevedore-test/busybox',
    imageId: 'sha256:' + 'a'.repeat(64),
    command: 'sleep 3600',
    created: ago(180),
    state: 'running',
    status: 'Up 3 minutes',
    health: undefined,
    ports: [],
    labels: {},
    mounts: [],
    networks: { bridge: { ipAddress: '172.17.0.2', networkId: 'net-bridge' } },
    ...over,
  };
}

export function compose(
  project: string,
  service: string,
  dir: string,
  over: Partial<ContainerSummary> = {},
): ContainerSummary {
  return container({
    name: `${project}-${service}-1`,
    composeProject: project,
    composeService: service,
    labels: {
      'com.docker.compose.project': project,
      'com.docker.compose.service': service,
      'com.docker.compose.project.working_dir': dir,
      'com.docker.compose.project.config_files': `${dir}/compose.yaml`,
      'com.docker.compose.container-number': '1',
    },
    ...over,
  });
}

export function image(over: Partial<ImageSummary> & { id: string }): ImageSummary {
  return {
    repoTags: [],
    repoDigests: [],
    parentId: '',
    created: ago(3600),
    size: 1_990_000,
    containers: -1,
    labels: {},
    dangling: false,
    ...over,
  };
}

export function volume(name: string, over: Partial<VolumeSummary> = {}): VolumeSummary {
  return {
    name,
    driver: 'local',
    mountpoint: `/var/lib/docker/volumes/${name}/_data`,
    createdAt: new Date(now - 60_000).toISOString(),
    labels: {},
    scope: 'local',
    options: {},
    anonymous: /^[0-9a-f]{64}$/.test(name),
    ...over,
  };
}

export function network(name: string, id: string, over: Partial<NetworkSummary> = {}): NetworkSummary {
  return {
    id,
    name,
    driver: 'bridge',
    scope: 'local',
    internal: false,
    attachable: false,
    ipv6: false,
    created: new Date(now - 60_000).toISOString(),
    subnets: [],
    labels: {},
    containers: [],
    builtin: ['bridge', 'host', 'none'].includes(name),
    ...over,
  };
}
