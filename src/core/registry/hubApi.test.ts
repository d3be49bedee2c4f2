// The JSON in these tables follows Docker Hub's published API reference (docs.docker.com/reference/api/hub/latest):
// the `page` envelope {count, next, previous, results}, the `tag` and `image` schemas of ListRepositoryTags, and
// the repository objects of listNamespaceRepositories — including their documented examples' nulls.
import { describe, expect, it } from 'vitest';
import { hubErrorText, isHubNamespace, parseRepositoriesPage, parseTagsPage, splitHubRepository } from './hubApi';

/** The documented example of the `tag` schema. */
const documentedTag = {
  creator: 1234,
  full_size: 123456,
  id: 12345,
  images: [
    {
      architecture: 'amd64',
      features: null,
      last_pulled: null,
      last_pushed: '2021-01-05T21:06:53.506400Z',
      os: 'linux',
      os_features: null,
      os_version: null,
      size: 123456,
      status: 'active',
      variant: null,
    },
  ],
  last_updated: '2021-01-05T21:06:53.506400Z',
  last_updater: 1234,
  last_updater_username: 'dockeruser',
  name: 'latest',
  repository: 5678,
  tag_last_pulled: null,
  tag_last_pushed: '2021-01-05T21:06:53.506400Z',
  tag_status: 'active',
  v2: true,
};

const multiArch = {
  ...documentedTag,
  name: '1.36',
  digest: 'sha256:a2c0f7ffd7bbc80e18b4d1e4d1c1e4c5f6c6ec0fba2a7ea5f5e44d9c1c94e9e6',
  media_type: 'application/vnd.oci.image.index.v1+json',
  full_size: 2_160_000,
  tag_last_pushed: '2026-11-30T08:00:00.000000Z',
  images: [
    { architecture: 'amd64', os: 'linux', variant: null, size: 2_160_000, digest: 'sha256:aa' },
    { architecture: 'arm64', os: 'linux', variant: 'v8', size: 1_990_000, digest: 'sha256:bb' },
    { architecture: 'arm', os: 'linux', variant: 'v7', size: 1_800_000, digest: 'sha256:cc' },
    { architecture: 'unknown', os: 'unknown', size: 840, digest: 'sha256:dd' },
  ],
};

describe('Docker Hub API responses (unit)', () => {
  const tagCases: { name: string; json: unknown; expected: unknown }[] = [
    {
      name: 'the documented paginated_tags example',
      json: { count: 1, next: null, previous: null, results: [documentedTag] },
      expected: {
        count: 1,
        next: undefined,
        items: [
          {
            repository: 'user/app',
            tag: 'latest',
            digest: '',
            mediaType: '',
            size: 123456,
            platforms: ['linux/amd64'],
            created: '2021-01-05T21:06:53.506400Z',
          },
        ],
      },
    },
    {
      name: 'a multi-platform tag: platforms with variants, attestation rows left out, the index digest',
      json: {
        count: 250,
        next: 'https://hub.docker.com/v2/namespaces/user/repositories/app/tags?page=2',
        results: [multiArch],
      },
      expected: {
        count: 250,
        next: 'https://hub.docker.com/v2/namespaces/user/repositories/app/tags?page=2',
        items: [
          {
            repository: 'user/app',
            tag: '1.36',
            digest: multiArch.digest,
            mediaType: 'application/vnd.oci.image.index.v1+json',
            size: 2_160_000,
            platforms: ['linux/amd64', 'linux/arm64/v8', 'linux/arm/v7'],
            created: '2026-11-30T08:00:00.000000Z',
          },
        ],
      },
    },
    {
      name: 'a single image: its digest stands for the tag; no full_size: the image size',
      json: {
        results: [{ name: 'v1', images: [{ os: 'linux', architecture: 'amd64', digest: 'sha256:ee', size: 77 }] }],
      },
      expected: {
        count: 1,
        next: undefined,
        items: [
          {
            repository: 'user/app',
            tag: 'v1',
            digest: 'sha256:ee',
            mediaType: '',
            size: 77,
            platforms: ['linux/amd64'],
            created: undefined,
          },
        ],
      },
    },
    {
      name: 'rows without a name and mistyped fields are skipped or emptied, never thrown on',
      json: { count: 'many', next: 42, results: [{}, null, 'x', { name: 'ok', full_size: '9', images: 'none' }] },
      expected: {
        count: 1,
        next: undefined,
        items: [
          { repository: 'user/app', tag: 'ok', digest: '', mediaType: '', size: 0, platforms: [], created: undefined },
        ],
      },
    },
    { name: 'not an object at all', json: 'Service Unavailable', expected: { count: 0, next: undefined, items: [] } },
  ];
  it.each(tagCases)('tags: $name', ({ json, expected }) => {
    expect(parseTagsPage(json, 'user/app')).toEqual(expected);
  });

  const repoCases: { name: string; json: unknown; expected: unknown }[] = [
    {
      name: 'the documented listNamespaceRepositories example',
      json: {
        next: 'https://hub.docker.com/v2/namespaces/docker/repositories?page=2&page_size=2',
        count: 287,
        results: [
          {
            name: 'highland_builder',
            status: 1,
            namespace: 'docker',
            is_private: false,
            pull_count: 15722123,
            star_count: 7,
            affiliation: '',
            description: 'Image for performing Docker build requests',
            last_updated: '2023-06-20T10:44:45.459826Z',
            storage_size: 488723114800,
          },
        ],
      },
      expected: {
        count: 287,
        next: 'https://hub.docker.com/v2/namespaces/docker/repositories?page=2&page_size=2',
        items: [
          {
            namespace: 'docker',
            name: 'highland_builder',
            description: 'Image for performing Docker build requests',
            isPrivate: false,
            stars: 7,
            pulls: 15722123,
            lastUpdated: '2023-06-20T10:44:45.459826Z',
          },
        ],
      },
    },
    {
      name: 'a private repository without namespace field takes the asked one; nameless rows go',
      json: { count: 2, next: null, results: [{ name: 'secret', is_private: true, description: null }, { status: 1 }] },
      expected: {
        count: 2,
        next: undefined,
        items: [
          {
            namespace: 'me',
            name: 'secret',
            description: '',
            isPrivate: true,
            stars: 0,
            pulls: 0,
            lastUpdated: undefined,
          },
        ],
      },
    },
  ];
  it.each(repoCases)('repositories: $name', ({ json, expected }) => {
    expect(parseRepositoriesPage(json, 'me')).toEqual(expected);
  });

  it.each([
    ['library', true],
    ['my-org', true],
    ['user_1', true],
    ['a', true],
    ['My Org', false],
    ['../etc', false],
    ['org/', false],
    ['', false],
  ])('namespace %j is valid: %s', (ns, ok) => {
    expect(isHubNamespace(ns)).toBe(ok);
  });

  it('splits repositories; a bare name is an official image', () => {
    expect(splitHubRepository('user/app')).toEqual(['user', 'app']);
    expect(splitHubRepository('busybox')).toEqual(['library', 'busybox']);
  });

  it.each([
    ['{"errinfo":null,"message":"unauthorized"}', 'unauthorized'],
    ['{"detail":"Incorrect authentication credentials"}', 'Incorrect authentication credentials'],
    ['<html>\n  <body>Bad gateway</body>\n</html>', '<html> <body>Bad gateway</body> </html>'],
    ['', ''],
  ])('error body %j reads as %j', (body, text) => {
    expect(hubErrorText(body)).toBe(text);
  });
});
