import { describe, expect, it } from 'vitest';
import { defaultStackName, stackLens } from './lens';
import type { SwarmSnapshot } from './model';
import { toService, toTask } from './records';

const snap = (running: number, err = ''): SwarmSnapshot => ({
  nodes: [],
  services: [
    toService({
      ID: 's1',
      Spec: {
        Name: 'shop_web',
        Mode: { Replicated: { Replicas: 3 } },
        TaskTemplate: { ContainerSpec: { Image: 'nginx' } },
      },
      ServiceStatus: { RunningTasks: running, DesiredTasks: 3 },
    }),
  ],
  tasks: err
    ? [toTask({ ID: 't', ServiceID: 's1', DesiredState: 'running', Status: { State: 'pending', Err: err } })]
    : [],
  secrets: [],
  configs: [],
});

describe('stack code lens (unit)', () => {
  it('shows running/desired, the reason when short, and a missing service', () => {
    expect(stackLens(snap(3), 'shop', 'web')).toMatchObject({
      text: 'stack shop: 3/3',
      problem: false,
      serviceId: 's1',
    });
    const short = stackLens(snap(1, 'no suitable node (1 node not available for new tasks)'), 'shop', 'web');
    expect(short).toMatchObject({ text: 'stack shop: 1/3', problem: true });
    expect(short.tooltip).toBe('Not running: no suitable node (1 node not available for new tasks)');
    expect(stackLens(snap(3), 'shop', 'db')).toMatchObject({ text: 'stack shop: not deployed', problem: true });
  });

  it('derives a stack name the CLI accepts', () => {
    expect(defaultStackName('My Project!')).toBe('my-project-');
    expect(defaultStackName('__x')).toBe('x');
    expect(defaultStackName('%%')).toBe('stack');
  });
});
