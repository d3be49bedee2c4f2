import { describe, expect, it } from 'vitest';
import { deployStack, endpointArgs, stackDeployArgv, stackRemoveArgv } from './stack';

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
});
