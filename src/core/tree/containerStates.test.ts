// Icons for every container state and health, and the tooltip lines only inspect knows (OOMKilled, restart count).
import { describe, expect, it } from 'vitest';
import type { ContainerInspect } from '../engine/types';
import { containerIcon } from './containers';
import { containerInspect } from '../engine/fixtures.test-helpers';
import { container } from './fixtures.test-helpers';
import { containerTooltip } from './tooltips';

const inspected = (state: Partial<ContainerInspect['state']>, restartCount = 0) =>
  containerInspect(state, { restartCount });

describe('container icons (unit)', () => {
  it('restarting spins, dead is an error, a starting health check is yellow', () => {
    expect(
      containerIcon(container({ name: 'r', state: 'restarting', status: 'Restarting (1) 2 seconds ago' })),
    ).toEqual({ id: 'sync~spin', color: 'charts.orange' });
    expect(containerIcon(container({ name: 'd', state: 'dead', status: 'Dead' }))).toEqual({
      id: 'error',
      color: 'charts.red',
    });
    expect(
      containerIcon(container({ name: 's', status: 'Up 2 seconds (health: starting)', health: 'starting' })),
    ).toEqual({ id: 'vm-running', color: 'charts.yellow' });
    expect(containerIcon(container({ name: 'u', status: 'Up 2 minutes (unhealthy)', health: 'unhealthy' }))).toEqual({
      id: 'vm-running',
      color: 'charts.red',
    });
    expect(containerIcon(container({ name: 'h', status: 'Up 2 minutes (healthy)', health: 'healthy' }))).toEqual({
      id: 'vm-running',
      color: 'charts.green',
    });
  });
});

describe('container tooltip from inspect (unit)', () => {
  const c = container({ name: 'web', state: 'exited', status: 'Exited (137) 5 seconds ago' });

  it('says OOMKilled with the exit code and restart count', () => {
    const md = containerTooltip(c, inspected({ oomKilled: true, exitCode: 137 }, 3));
    expect(md).toContain('**OOMKilled:** yes');
    expect(md).toContain('**Exit code:** 137');
    expect(md).toContain('**Restart count:** 3');
  });

  it('leaves OOMKilled out when the kernel did not kill it', () => {
    const md = containerTooltip(c, inspected({ oomKilled: false, exitCode: 137 }));
    expect(md).not.toContain('OOMKilled');
    expect(md).toContain('**Restart count:** 0');
  });
});
