import { describe, expect, it } from 'vitest';
import type { SwarmReads } from '../engine/swarm';
import { deployStack, endpointArgs, stackDeployArgv, stackProgress, stackRemoveArgv, waitForStack } from './stack';

const ep = { host: 'unix:///tmp/d.sock', source: 'setting' as const, reason: '' };

describe('stack argv', () => {
  it('points the CLI at the window engine: a context by name, a host with -H', () => {
    expect(endpointArgs(ep)).toEqual(['-H', 'unix:///tmp/d.sock']);
    expect(endpointArgs({ host: 'ssh://u@h', source: 'context', context: 'prod' })).toEqual(['--context', 'prod']);
    expect(endpointArgs({ host: 'unix:///var/run/docker.sock', source: 'default', context: 'default' })).toEqual([
      '-H',
      'unix:///var/run/docker.sock',
    ]);
  });

  it('builds deploy and rm as argv arrays, names checked', () => {
    expect(
      stackDeployArgv(ep, { name: 'app', files: ['a.yaml', 'b $(x).yaml'], resolveImage: 'never', prune: true }),
    ).toEqual([
      '-H',
      'unix:///tmp/d.sock',
      'stack',
      'deploy',
      '--compose-file',
      'a.yaml',
      '--compose-file',
      'b $(x).yaml',
      '--resolve-image',
      'never',
      '--prune',
      'app',
    ]);
    expect(() => stackDeployArgv(ep, { name: '-rf', files: ['a.yaml'] })).toThrow(/not a stack name/);
    expect(() => stackDeployArgv(ep, { name: 'app', files: [] })).toThrow(/no compose file/);
    expect(stackRemoveArgv(ep, 'app')).toEqual(['-H', 'unix:///tmp/d.sock', 'stack', 'rm', 'app']);
    expect(() => stackRemoveArgv(ep, 'a;b')).toThrow(/not a stack name/);
  });

  it("a failed deploy says the CLI's last words", async () => {
    const exec = async () => ({
      code: 1,
      stdout: '',
      stderr: 'this node is not a swarm manager. Use "docker swarm init"',
    });
    await expect(deployStack(ep, { name: 'app', files: ['a.yaml'] }, exec)).rejects.toThrow(
      /Deploy stack app failed: this node is not a swarm manager/,
    );
  });

  it("names the scheduler's reason for tasks still waiting, and the failed task's error", async () => {
    const svc = (id: string, running: number) => ({
      ID: id,
      Spec: { Name: `app_${id}`, Mode: { Replicated: { Replicas: 1 } } },
      ServiceStatus: { RunningTasks: running, DesiredTasks: 1 },
    });
    const task = (serviceId: string, state: string, err: string) => ({
      ID: `t-${serviceId}`,
      ServiceID: serviceId,
      DesiredState: 'running',
      UpdatedAt: '2030-01-01T00:00:00Z',
      Status: { State: state, Err: err },
    });
    const reads = (tasks: unknown[]): SwarmReads => ({
      services: async () => [svc('web', 0), svc('db', 0)] as never,
      tasks: async () => tasks as never,
      nodes: async () => [],
      secrets: async () => [],
      configs: async () => [],
      state: async () => ({ localState: 'active', controlAvailable: true, nodeId: '', clusterId: '' }),
    });
    const pending = [task('web', 'pending', 'no suitable node (scheduling constraints not satisfied on 1 node)')];
    const p = await stackProgress(reads(pending), 'app');
    expect(p.waiting).toEqual(['app_web: no suitable node (scheduling constraints not satisfied on 1 node)']);
    await expect(waitForStack(reads(pending), 'app', { timeoutMs: 0, intervalMs: 1 })).rejects.toThrow(
      /did not converge in time \(app_web 0\/1, app_db 0\/1\)\. Waiting: app_web: no suitable node/,
    );
    const failed = [...pending, task('db', 'failed', 'task: non-zero exit (3)')];
    await expect(waitForStack(reads(failed), 'app', { intervalMs: 1 })).rejects.toThrow(
      'Stack app: a task of app_db failed: task: non-zero exit (3)',
    );
  });
});
