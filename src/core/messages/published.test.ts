import { describe, expect, it } from 'vitest';
import { parsePorts } from '../commands/runSpec';
import { publishedDefault, publishedNote } from './published';

describe('published ports note (unit)', () => {
  it('says loopback ports are for this machine only, and how to open them', () => {
    expect(publishedNote(parsePorts('127.0.0.1:8080:80, 127.0.0.1:53:53/udp'))).toBe(
      'Ports on 127.0.0.1 only (this machine): 8080→80, 53→53/udp — set stevedore.run.publishAddress to 0.0.0.0 to publish on every interface.',
    );
  });

  it('says ports without an address are on all interfaces', () => {
    expect(publishedNote(parsePorts('8080:80, 0.0.0.0:9000:9000'))).toBe(
      'Ports on all interfaces (0.0.0.0): 8080→80, 9000→9000.',
    );
  });

  it('names other addresses and a port the engine picks', () => {
    expect(publishedNote(parsePorts('10.0.0.5:80:80, 127.0.0.1::5432'))).toBe(
      'Ports on 10.0.0.5: 80→80; Ports on 127.0.0.1 only (this machine): a free port→5432.',
    );
  });

  it('is nothing when nothing is published', () => {
    expect(publishedNote([])).toBeUndefined();
  });

  it('puts the address before an EXPOSEd port', () => {
    expect(publishedDefault('80:80', '127.0.0.1')).toBe('127.0.0.1:80:80');
    expect(publishedDefault('53:53/udp', '::1')).toBe('[::1]:53:53/udp');
    expect(publishedDefault('80:80', '0.0.0.0')).toBe('80:80');
    expect(publishedDefault('80:80', undefined)).toBe('80:80');
  });
});
