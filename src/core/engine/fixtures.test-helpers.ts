// A whole container inspect record for unit tests (the shape toContainerInspect returns): an exited `sleep 3600`.
import type { ContainerInspect } from './types';

export function containerInspect(
  state: Partial<ContainerInspect['state']> = {},
  over: Partial<Omit<ContainerInspect, 'state'>> = {},
): ContainerInspect {
  return {
    id: 'c'.repeat(64),
    name: 'web',
    image: 'busybox',
    imageId: 'sha256:' + 'a'.repeat(64),
    created: '2026-11-23T11:57:00Z',
    state: {
      status: 'exited',
      running: false,
      paused: false,
      restarting: false,
      oomKilled: false,
      dead: false,
      pid: 0,
      exitCode: 0,
      error: '',
      startedAt: '',
      finishedAt: '',
      ...state,
    },
    restartCount: 0,
    path: 'sleep',
    args: ['3600'],
    config: {
      hostname: 'h',
      user: '',
      env: [],
      cmd: [],
      entrypoint: [],
      workingDir: '',
      labels: {},
      exposedPorts: [],
      tty: false,
      openStdin: false,
    },
    hostConfig: {
      autoRemove: false,
      restartPolicy: { name: 'no', maximumRetryCount: 0 },
      networkMode: 'bridge',
      portBindings: {},
      binds: [],
      privileged: false,
    },
    mounts: [],
    networks: {},
    raw: {},
    ...over,
  };
}
