import { describe, expect, it } from 'vitest';
import { image } from '../tree/fixtures.test-helpers';
import { chooseImage, localImage, pullFirstText, withTag } from './imageChoice';

describe('Run… with an image that may not be local (unit)', () => {
  const images = [
    image({ id: 'sha256:' + 'a'.repeat(64), repoTags: ['nginx:latest', 'nginx:1.27'] }),
    image({ id: 'sha256:' + 'b'.repeat(64), repoTags: ['127.0.0.1:5055/team/app:1'] }),
  ];

  it('a tag the engine has is run as it is, however it is spelt', () => {
    for (const typed of ['nginx', 'nginx:latest', 'docker.io/library/nginx', ' docker.io/nginx:latest ']) {
      const c = chooseImage(typed, images);
      expect('local' in c && c.local.tag, typed).toBe('nginx:latest');
    }
    expect(localImage('127.0.0.1:5055/team/app:1', images)?.id).toBe('sha256:' + 'b'.repeat(64));
  });

  it('a name it does not have is pulled first, with its tag', () => {
    expect(chooseImage('nginx:1.25', images)).toEqual({ pull: 'nginx:1.25' });
    expect(chooseImage('redis', images)).toEqual({ pull: 'redis:latest' });
    expect(chooseImage('127.0.0.1:5055/team/app', images)).toEqual({ pull: '127.0.0.1:5055/team/app:latest' });
    expect(withTag('localhost:5000/app@sha256:' + 'c'.repeat(64))).toBe('localhost:5000/app@sha256:' + 'c'.repeat(64));
    expect(pullFirstText('redis')).toBe('not on this engine: pull redis:latest, then run it');
  });
});
