import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeArgv, detectComposeCli, envFilesSetting, projectForFile, type ComposeCli, type Exec } from './cli';

const v1: ComposeCli = { command: 'docker-compose', prefix: [], version: '1.29.2', v2: false };
const v2: ComposeCli = { command: 'docker', prefix: ['compose'], version: '2.29.1', v2: true };

describe('compose command line (unit)', () => {
  it('prefers `docker compose` v2, falls back to docker-compose v1, else undefined', async () => {
    const fake =
      (ok: Record<string, string>): Exec =>
      async (cmd, args) => {
        const key = [cmd, ...args].join(' ');
        return key in ok ? { code: 0, stdout: ok[key]!, stderr: '' } : { code: 1, stdout: '', stderr: 'no' };
      };
    expect(
      await detectComposeCli(
        fake({ 'docker compose version --short': 'v2.29.1\n', 'docker-compose version --short': '1.29.2' }),
      ),
    ).toEqual(v2);
    expect(await detectComposeCli(fake({ 'docker-compose version --short': '1.29.2\n' }))).toEqual(v1);
    expect(await detectComposeCli(fake({}))).toBeUndefined();
  });

  it('picks the default base + override, an extra override on top of the base, or COMPOSE_FILE', () => {
    const dir = '/w/shop';
    const present = new Set(
      ['compose.yaml', 'compose.override.yaml', 'compose.prod.yaml'].map((f) => path.join(dir, f)),
    );
    const exists = (p: string) => present.has(p);
    expect(projectForFile(path.join(dir, 'compose.yaml'), { exists, env: {} }).files).toEqual([
      path.join(dir, 'compose.yaml'),
      path.join(dir, 'compose.override.yaml'),
    ]);
    expect(projectForFile(path.join(dir, 'compose.prod.yaml'), { exists, env: {} }).files).toEqual([
      path.join(dir, 'compose.yaml'),
      path.join(dir, 'compose.prod.yaml'),
    ]);
    const env = {
      COMPOSE_FILE: 'compose.yaml:compose.prod.yaml',
      COMPOSE_PROJECT_NAME: 'Shop.Prod',
      COMPOSE_PROFILES: 'debug, tools',
    };
    const p = projectForFile(path.join(dir, 'compose.yaml'), { exists, env });
    expect(p.files).toEqual([path.join(dir, 'compose.yaml'), path.join(dir, 'compose.prod.yaml')]);
    expect(p.name).toBe('shopprod');
    expect(p.profiles).toEqual(['debug', 'tools']);
  });

  it('reads COMPOSE_PROJECT_NAME / COMPOSE_FILE / COMPOSE_PROFILES from .env or the env files; the process environment wins', () => {
    const dir = '/w/shop';
    const files: Record<string, string> = {
      [path.join(dir, '.env')]:
        'COMPOSE_PROJECT_NAME=Shop-Dev\nCOMPOSE_FILE=compose.yaml:compose.prod.yaml\nCOMPOSE_PROFILES=jobs\n',
      [path.join(dir, 'ci.env')]: 'COMPOSE_PROJECT_NAME=shop_ci\n',
      [path.join(dir, 'compose.yaml')]: '',
      [path.join(dir, 'compose.prod.yaml')]: '',
    };
    const o = { exists: (p: string) => p in files, readFile: (p: string) => files[p] };
    const fromDotenv = projectForFile(path.join(dir, 'compose.yaml'), { ...o, env: {}, name: 'top-level' });
    expect(fromDotenv).toMatchObject({
      name: 'shop-dev',
      profiles: ['jobs'],
      files: [path.join(dir, 'compose.yaml'), path.join(dir, 'compose.prod.yaml')],
    });
    expect(
      projectForFile(path.join(dir, 'compose.yaml'), { ...o, env: { COMPOSE_PROJECT_NAME: 'fromshell' } }).name,
    ).toBe('fromshell');
    // an explicit env file replaces .env, as --env-file does
    const withEnvFile = projectForFile(path.join(dir, 'compose.yaml'), {
      ...o,
      env: {},
      name: 'top',
      envFiles: [path.join(dir, 'ci.env')],
    });
    expect(withEnvFile).toMatchObject({ name: 'shop_ci', profiles: [], envFiles: [path.join(dir, 'ci.env')] });
    expect(composeArgv(v1, withEnvFile, 'ps')).toEqual([
      '-f',
      path.join(dir, 'compose.yaml'),
      '-p',
      'shop_ci',
      '--env-file',
      path.join(dir, 'ci.env'),
      'ps',
    ]);
    expect(projectForFile(path.join(dir, 'compose.yaml'), { ...o, env: {}, name: 'Top' }).name).toBe('shop-dev');
    expect(
      projectForFile(path.join('/w/other', 'compose.yaml'), {
        exists: () => false,
        readFile: () => undefined,
        env: {},
        name: 'Top',
      }).name,
    ).toBe('top');
  });

  it('stevedore.compose.envFile: a path or a list, relative to the workspace folder; v1 takes one', () => {
    expect(envFilesSetting('.env.dev', '/w')).toEqual(['/w/.env.dev']);
    expect(envFilesSetting(['a.env', ' ', '/abs/b.env', 3], '/w')).toEqual(['/w/a.env', '/abs/b.env']);
    expect(envFilesSetting('', '/w')).toEqual([]);
    expect(envFilesSetting(undefined, '/w')).toEqual([]);
    const two = { files: ['/w/compose.yaml'], name: 'w', profiles: [], envFiles: ['/w/a.env', '/w/b.env'], cwd: '/w' };
    expect(composeArgv(v2, two, 'config')).toEqual([
      'compose',
      '-f',
      '/w/compose.yaml',
      '-p',
      'w',
      '--env-file',
      '/w/a.env',
      '--env-file',
      '/w/b.env',
      'config',
    ]);
    expect(() => composeArgv(v1, two, 'config')).toThrow(/one --env-file/);
  });

  it('builds argv arrays for every verb; user data stays one argument', () => {
    const project = {
      files: ['/w/a b/compose.yaml'],
      name: 'ab',
      profiles: ['dev'],
      envFiles: ['/w/.env; rm -rf /'],
      cwd: '/w/a b',
    };
    const g = ['-f', '/w/a b/compose.yaml', '-p', 'ab', '--env-file', '/w/.env; rm -rf /', '--profile', 'dev'];
    expect(composeArgv(v1, project, 'up', { build: true, services: ['web'] })).toEqual([
      ...g,
      'up',
      '-d',
      '--build',
      'web',
    ]);
    expect(composeArgv(v2, project, 'down', { volumes: true })).toEqual(['compose', ...g, 'down', '-v']);
    expect(composeArgv(v1, project, 'logs', { follow: true, tail: 200, services: ['db'] })).toEqual([
      ...g,
      'logs',
      '-f',
      '--tail',
      '200',
      'db',
    ]);
    expect(composeArgv(v1, project, 'restart', { services: ['a', 'b'] })).toEqual([...g, 'restart', 'a', 'b']);
    expect(composeArgv(v1, project, 'config')).toEqual([...g, 'config']);
    expect(composeArgv(v1, project, 'ps', { all: true })).toEqual([...g, 'ps', '-a']);
  });
});
