import { describe, expect, it } from 'vitest';
import { taskProblem, toNode, toSecret, toService, toTask } from './records';

describe('swarm records', () => {
  it('maps a node, its role, availability, state and resources', () => {
    const n = toNode({
      ID: 'n1',
      Spec: { Role: 'manager', Availability: 'drain', Labels: { zone: 'a' } },
      Description: {
        Hostname: 'h1',
        Engine: { EngineVersion: '20.10.24' },
        Resources: { NanoCPUs: 2e9, MemoryBytes: 1024 },
      },
      Status: { State: 'down', Message: 'heartbeat failure', Addr: '10.0.0.2' },
      ManagerStatus: { Leader: true, Reachability: 'reachable' },
    });
    expect(n).toEqual({
      id: 'n1',
      hostname: 'h1',
      role: 'manager',
      availability: 'drain',
      state: 'down',
      message: 'heartbeat failure',
      addr: '10.0.0.2',
      engineVersion: '20.10.24',
      leader: true,
      reachability: 'reachable',
      cpus: 2,
      memoryBytes: 1024,
      labels: { zone: 'a' },
    });
  });

  it('survives hostile or missing fields', () => {
    for (const raw of [null, undefined, 3, 'x', [], { Spec: 'no' }, { Spec: { Labels: { a: 1 } } }]) {
      expect(toNode(raw).role).toBe('worker');
      expect(toService(raw).mode).toBe('replicated');
      expect(toTask(raw).state).toBe('new');
      expect(toSecret(raw, 'config').labels).toEqual({});
    }
  });

  it('maps a stack service with counts, ports, update status and the image without its digest', () => {
    const s = toService({
      ID: 's1',
      Version: { Index: 12 },
      Spec: {
        Name: 'app_web',
        Labels: { 'com.docker.stack.namespace': 'app' },
        Mode: { Replicated: { Replicas: 3 } },
        TaskTemplate: { ContainerSpec: { Image: `nginx:1@sha256:${'a'.repeat(64)}` } },
      },
      Endpoint: {
        Ports: [
          { Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' },
          { Protocol: 'udp', TargetPort: 53, PublishedPort: 53, PublishMode: 'host' },
        ],
      },
      ServiceStatus: { RunningTasks: 2, DesiredTasks: 3 },
      UpdateStatus: { State: 'paused', Message: 'update paused due to failure' },
    });
    expect(s).toMatchObject({
      name: 'app_web',
      stack: 'app',
      mode: 'replicated',
      running: 2,
      desired: 3,
      image: 'nginx:1',
      ports: ['8080:80/tcp', '53:53/udp (host)'],
      updateState: 'paused',
      updateMessage: 'update paused due to failure',
      version: 12,
    });
    expect(toService({ Spec: { Mode: { Global: {} } } }).mode).toBe('global');
    expect(toService({ Spec: { Mode: { Replicated: { Replicas: 4 } } } }).desired).toBe(4);
  });

  it("says why a task is not running in the scheduler's words", () => {
    const pending = toTask({
      DesiredState: 'running',
      Status: { State: 'pending', Message: 'no suitable node (scheduling constraints not satisfied on 3 nodes)' },
    });
    expect(taskProblem(pending)).toMatch(/no suitable node/);
    const failed = toTask({ DesiredState: 'running', Status: { State: 'failed', Err: 'task: non-zero exit (1)' } });
    expect(taskProblem(failed)).toBe('task: non-zero exit (1)');
    expect(taskProblem(toTask({ DesiredState: 'running', Status: { State: 'running' } }))).toBe('');
    expect(taskProblem(toTask({ DesiredState: 'shutdown', Status: { State: 'failed', Err: 'x' } }))).toBe('');
  });

  it('never carries a config or secret value', () => {
    const c = toSecret({ ID: 'c', Spec: { Name: 'cfg', Data: Buffer.from('value').toString('base64') } }, 'config');
    expect(JSON.stringify(c)).not.toContain(Buffer.from('value').toString('base64'));
  });
});
