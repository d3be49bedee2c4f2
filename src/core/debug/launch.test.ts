import { describe, expect, it } from 'vitest';
import { debugRunChanges, sessionConfiguration, type StevedoreLaunch } from './launch';

const launch = (over: Partial<StevedoreLaunch> = {}): StevedoreLaunch => ({
  type: 'stevedore',
  request: 'launch',
  name: 'app',
  ...over,
});

describe('the stevedore launch configuration (unit)', () => {
  it('node: the inspector listens on every interface of the container, the image command unchanged', () => {
    expect(debugRunChanges('node', 9229, ['node', 'server.js'])).toEqual({
      env: ['NODE_OPTIONS=--inspect=0.0.0.0:9229'],
    });
  });

  it('python: the image command runs under debugpy listening on every interface', () => {
    expect(debugRunChanges('python', 5678, ['python', 'app.py']).cmd).toEqual([
      'python',
      '-m',
      'debugpy',
      '--listen',
      '0.0.0.0:5678',
      'app.py',
    ]);
    expect(debugRunChanges('python', 5678, ['python', '-m', 'shop']).cmd).toEqual([
      'python',
      '-m',
      'debugpy',
      '--listen',
      '0.0.0.0:5678',
      '-m',
      'shop',
    ]);
  });

  const logs = { command: '/usr/bin/docker', env: { DOCKER_CONTEXT: 'remote', DOCKER_HOST: null } };

  it('node: a launch of the docker logs client that attaches to the published port; roots from the Dockerfile', () => {
    const c = sessionConfiguration(launch(), 32768, '/w/app', { localRoot: 'src', remoteRoot: '/app' }, 'c1', logs);
    expect(c).toEqual({
      name: 'app',
      stevedoreContainer: 'c1',
      type: 'node',
      request: 'launch',
      runtimeExecutable: '/usr/bin/docker',
      runtimeArgs: ['logs', '--follow', 'c1'],
      env: { DOCKER_CONTEXT: 'remote', DOCKER_HOST: null },
      cwd: '/w/app',
      attachSimplePort: 32768,
      console: 'internalConsole',
      autoAttachChildProcesses: false,
      localRoot: '/w/app/src',
      remoteRoot: '/app',
      skipFiles: ['<node_internals>/**'],
      restart: false,
    });
  });

  it('node: never an attach, never a terminal (stopping either kills the target pid, meaningless on the host)', () => {
    const c = sessionConfiguration(launch(), 1, '/w', undefined, 'c9', logs);
    expect(c.request).toBe('launch');
    expect(c.console).toBe('internalConsole');
    expect(c).not.toHaveProperty('port');
    expect(c).not.toHaveProperty('processId');
  });

  it('python attach: debugpy connect and pathMappings; the launch can override the roots', () => {
    const c = sessionConfiguration(
      launch({ platform: 'python', remoteRoot: '/srv' }),
      40000,
      '/w/py',
      { localRoot: '', remoteRoot: '/app' },
      'c2',
      logs,
    );
    expect(c).toEqual({
      name: 'app',
      request: 'attach',
      stevedoreContainer: 'c2',
      type: 'debugpy',
      connect: { host: '127.0.0.1', port: 40000 },
      pathMappings: [{ localRoot: '/w/py', remoteRoot: '/srv' }],
      justMyCode: true,
    });
    // no WORKDIR/COPY to go by: the context maps to the container's root
    expect(sessionConfiguration(launch({ platform: 'python' }), 1, '/w/py', undefined, 'c3', logs)).toMatchObject({
      pathMappings: [{ localRoot: '/w/py', remoteRoot: '/' }],
    });
  });
});
