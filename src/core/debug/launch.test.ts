import { describe, expect, it } from 'vitest';
import { attachConfiguration, debugRunChanges, type StevedoreLaunch } from './launch';

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

  it('node attach: the published port on 127.0.0.1, roots from the Dockerfile, the container to remove', () => {
    const c = attachConfiguration(launch(), 32768, '/w/app', { localRoot: 'src', remoteRoot: '/app' }, 'c1');
    expect(c).toEqual({
      name: 'app',
      request: 'attach',
      stevedoreContainer: 'c1',
      type: 'node',
      address: '127.0.0.1',
      port: 32768,
      localRoot: '/w/app/src',
      remoteRoot: '/app',
      skipFiles: ['<node_internals>/**'],
      restart: false,
    });
  });

  it('python attach: debugpy connect and pathMappings; the launch can override the roots', () => {
    const c = attachConfiguration(
      launch({ platform: 'python', remoteRoot: '/srv' }),
      40000,
      '/w/py',
      { localRoot: '', remoteRoot: '/app' },
      'c2',
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
    expect(attachConfiguration(launch({ platform: 'python' }), 1, '/w/py', undefined, 'c3')).toMatchObject({
      pathMappings: [{ localRoot: '/w/py', remoteRoot: '/' }],
    });
  });
});
