import { describe, expect, it } from 'vitest';
import { fullReference, pushConfirmation, pushTitle, registryHost, unreachableRegistry } from './push';

describe('push messages (unit)', () => {
  it.each([
    ['ux-web', 'docker.io/library/ux-web:latest', undefined],
    ['ux-web:1', 'docker.io/library/ux-web:1', undefined],
    ['me/web', 'docker.io/me/web:latest', undefined],
    ['127.0.0.1:5000/web:2', '127.0.0.1:5000/web:2', '127.0.0.1:5000'],
    ['localhost/web', 'localhost/web:latest', 'localhost'],
    ['ghcr.io/me/web@sha256:abc', 'ghcr.io/me/web@sha256:abc', 'ghcr.io'],
  ])('%s goes to %s', (ref, full, host) => {
    expect(fullReference(ref)).toBe(full);
    expect(registryHost(ref)).toBe(host);
  });

  it('asks before pushing to Docker Hub, states the registry otherwise', () => {
    expect(pushConfirmation('ux-web')).toBe('Push ux-web to Docker Hub as docker.io/library/ux-web:latest?');
    expect(pushConfirmation('127.0.0.1:5000/ux-web')).toBeUndefined();
    expect(pushTitle('ux-web:1')).toBe('Pushing ux-web:1 to Docker Hub (docker.io/library/ux-web:1)');
    expect(pushTitle('127.0.0.1:5000/ux-web')).toBe('Pushing 127.0.0.1:5000/ux-web to 127.0.0.1:5000');
  });

  it("an unreachable registry without Go's dial text", () => {
    expect(
      unreachableRegistry('Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused'),
    ).toBe('registry 127.0.0.1:5000 is not reachable (connection refused)');
    expect(
      unreachableRegistry(
        'Get "https://registry.invalid/v2/": dial tcp: lookup registry.invalid on 10.255.255.53:53: no such host',
      ),
    ).toBe('registry registry.invalid is not reachable (no such host)');
    expect(unreachableRegistry('denied: requested access to the resource is denied')).toBeUndefined();
  });
});
