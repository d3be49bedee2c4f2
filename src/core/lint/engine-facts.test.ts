import { describe, expect, it } from 'vitest';
import { listsFor } from './factLists';

describe('listsFor', () => {
  it('asks a Dockerfile for the images (its FROM and COPY --from)', () => {
    expect(listsFor('dockerfile', 'FROM alpine:3\n')).toEqual(['images']);
  });

  it.each([
    ['services:\n  a:\n    image: a:1\n', ['images']],
    ['services:\n  a:\n    build: .\n', []],
    ['services:\n  a:\n    build: .\n    ports: ["80:80"]\n', ['containers']],
    ['services:\n  a:\n    image: a:1\n    container_name: web\n    ports: ["80:80"]\n', ['containers', 'images']],
    ['services:\n  a:\n    image: a:1\n    pull_policy: never\n', ['images']],
    ['networks:\n  n:\n    external: true\n', ['networks', 'volumes']],
    // top-level volumes: their drivers are compared; a service's volumes mount them and ask nothing
    ['volumes:\n  data: {}\n', ['volumes']],
    ['services:\n  a:\n    build: .\n    volumes: ["./x:/x"]\n', []],
    // a key named like another one
    [
      'services:\n  a:\n    build: .\n    labels:\n      pull_policy_note: x\n      exports: y\n      the_image: z\n',
      [],
    ],
  ])('asks a compose file only for the lists its keys need: %j', (text, lists) => {
    expect(listsFor('compose', text).sort()).toEqual([...lists].sort());
  });
});
