import { describe, expect, it } from 'vitest';
import { platformsRefusal } from './platforms';

describe('several platforms in one build (unit)', () => {
  it('is left to buildx, whose builders can export a multi-platform image', () => {
    expect(platformsRefusal(['linux/amd64', 'linux/arm64'], 'buildx')).toBeUndefined();
  });

  it('is refused for the BuildKit inside docker build and for the classic builder, naming the way out', () => {
    const builtin = platformsRefusal(['linux/amd64', 'linux/arm64'], 'builtin');
    expect(builtin).toMatch(/^2 platforms in one build \(linux\/amd64, linux\/arm64\) need buildx/);
    expect(builtin).toMatch(/one platform per image/);
    expect(builtin).toMatch(/Build one platform at a time .* install the docker buildx plugin/);
    expect(platformsRefusal(['linux/amd64', 'linux/arm64', 'linux/arm/v7'], 'classic')).toMatch(
      /^3 platforms .* the classic builder builds one platform\. Build one platform at a time/,
    );
  });

  it('lets one platform (or none: the engine’s own) through with every builder', () => {
    for (const b of ['buildx', 'builtin', 'classic'] as const) {
      expect(platformsRefusal([], b)).toBeUndefined();
      expect(platformsRefusal(['linux/arm64'], b)).toBeUndefined();
    }
  });
});
