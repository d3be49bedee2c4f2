import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../engine/types';
import { serviceStates } from './states';

const c = (service: string, over: Partial<ContainerSummary>): ContainerSummary => ({
  id: Math.random().toString(16).slice(2),
  name: `p-${service}-1`,
  names: [],
  image: 'x',
  imageId: 'sha',
  command: '',
  created: 0,
  state: 'running',
  status: 'Up 1 minute',
  health: undefined,
  ports: [],
  mounts: [],
  networks: {},
  labels: { 'com.docker.compose.project': 'p', 'com.docker.compose.service': service },
  composeProject: 'p',
  composeService: service,
  ...over,
});

describe('compose service states (unit)', () => {
  it('labels running, healthy, ports; exited with code; not created; one-offs and other projects ignored', () => {
    const states = serviceStates(
      'p',
      ['web', 'job', 'db', 'cache'],
      [
        c('web', {
          health: 'healthy',
          ports: [
            { privatePort: 80, publicPort: 8080, type: 'tcp', ip: '0.0.0.0' },
            { privatePort: 80, publicPort: 8080, type: 'tcp', ip: '::' },
          ],
        }),
        c('job', { state: 'exited', status: 'Exited (1) 2 minutes ago' }),
        c('db', { state: 'running' }),
        c('db', { state: 'exited', status: 'Exited (137) 1 second ago' }),
        c('cache', {
          labels: {
            'com.docker.compose.project': 'p',
            'com.docker.compose.service': 'cache',
            'com.docker.compose.oneoff': 'True',
          },
        }),
        c('web', {
          composeProject: 'other',
          labels: { 'com.docker.compose.project': 'other', 'com.docker.compose.service': 'web' },
        }),
      ],
    );
    expect(states.get('web')!.label).toBe('running 1/1 · healthy · 8080→80');
    expect(states.get('job')!.label).toBe('exited (1)');
    expect(states.get('db')!.label).toBe('running 1/2');
    expect(states.get('db')!.kind).toBe('partial');
    expect(states.get('cache')!.label).toBe('not created');
  });
});
