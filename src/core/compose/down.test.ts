import { describe, expect, it } from 'vitest';
import { volumesListedForDown } from './down';
import { modelOf } from './model';

describe('down -v confirmation list (unit)', () => {
  it('falls back to the declared, non-external volumes when the engine cannot answer', async () => {
    const failing = { listVolumes: () => Promise.reject(new Error('unreachable')) };
    const m = modelOf(
      'services:\n  a:\n    image: a:1\nvolumes:\n  data:\n  named:\n    name: shared-cache\n  ext:\n    external: true\n',
    );
    expect(await volumesListedForDown(failing, 'shop', [m])).toEqual({
      names: ['shared-cache', 'shop_data'],
      fromEngine: false,
    });
  });
});
