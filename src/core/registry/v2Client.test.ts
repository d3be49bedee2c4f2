import { describe, expect, it } from 'vitest';
import { registryBaseUrl } from './v2Client';

describe('registry V2 client (unit)', () => {
  it('talks plain HTTP only to loopback registries, and Docker Hub by its API host', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000/ignored')).toBe('http://localhost:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('http://10.0.0.5:5000/')).toBe('http://10.0.0.5:5000');
    expect(registryBaseUrl('127.0.0.1.evil.com')).toBe('https://127.0.0.1.evil.com');
  });
});
