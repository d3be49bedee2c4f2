import { describe, expect, it } from 'vitest';
import { buildableServices, composeServiceForm } from './composeBuild';

const text = `name: Shop
services:
  web:
    image: shop/web:dev
    build:
      context: ./web
      dockerfile: docker/Dockerfile.prod
      target: runtime
      args: { NODE_ENV: production, EMPTY: null }
      labels: ["team=shop", "bare"]
      platforms: [linux/amd64, linux/arm64]
      no_cache: true
      secrets: [npmrc, { source: token }, missing]
  api:
    build: ./api
  db:
    image: postgres
secrets:
  npmrc: { file: ./secrets/npmrc }
  token: { environment: API_TOKEN }
`;

describe("a compose service's build: section as a build form (unit)", () => {
  it('lists the services that build', () => {
    expect(buildableServices(text)).toEqual(['web', 'api']);
    expect(buildableServices('services: [')).toEqual([]);
  });

  it('resolves context, dockerfile, target, args, labels, platforms, flags and secrets', () => {
    expect(composeServiceForm(text, '/p/compose.yaml', 'web')).toEqual({
      contextDir: '/p/web',
      dockerfile: '/p/web/docker/Dockerfile.prod',
      tags: ['shop/web:dev'],
      target: 'runtime',
      buildArgs: { NODE_ENV: 'production' },
      labels: { team: 'shop' },
      platforms: ['linux/amd64', 'linux/arm64'],
      noCache: true,
      pull: false,
      secrets: ['id=npmrc,src=/p/secrets/npmrc', 'id=token,env=API_TOKEN'],
    });
    expect(composeServiceForm(text, '/p/compose.yaml', 'api')).toMatchObject({
      contextDir: '/p/api',
      dockerfile: '/p/api/Dockerfile',
      tags: ['shop-api'],
    });
    expect(() => composeServiceForm(text, '/p/compose.yaml', 'db')).toThrow(/"db" has no build: section/);
  });
});
