// Short-lived helper containers that mount a volume so its files can be read and written through the archive
// endpoints. Labelled so they are recognised; removed by their owner, and by the engine (auto-remove) once their
// `sleep` ends if the owner is gone.
import type { Engine } from './engine';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';

export const helperLabel = 'stevedore.helper';
/** where a helper mounts the volume */
export const helperMount = '/stevedore-volume';
/** a running helper ends itself after this long even if nobody removes it */
export const helperLifetimeSeconds = 6 * 3600;

export interface HelperSpec {
  image: string;
  volume: string;
  readOnly: boolean;
  /** start it (running `sleep`) so exec works; a created helper serves the archive endpoints only */
  run: boolean;
  /** extra labels (tests add theirs) */
  labels?: Record<string, string>;
}

/** Creates (and optionally starts) a helper; returns its id. */
export async function createHelper(engine: Engine, spec: HelperSpec): Promise<string> {
  const docker = dockerOf(engine);
  const what = `Create a helper container (image ${spec.image}) for volume ${spec.volume}`;
  try {
    const c = await docker.createContainer({
      Image: spec.image,
      Entrypoint: ['sleep'],
      Cmd: [String(helperLifetimeSeconds)],
      Labels: { ...spec.labels, [helperLabel]: 'volume-files', [`${helperLabel}.volume`]: spec.volume },
      NetworkDisabled: true,
      HostConfig: {
        AutoRemove: spec.run,
        NetworkMode: 'none',
        Mounts: [{ Type: 'volume', Source: spec.volume, Target: helperMount, ReadOnly: spec.readOnly }],
      },
    });
    if (spec.run) {
      try {
        await c.start();
      } catch (err) {
        await c.remove({ force: true }).catch(() => undefined);
        throw err;
      }
    }
    return c.id;
  } catch (err) {
    throw toActionError(err, what);
  }
}

export async function removeHelper(engine: Engine, id: string): Promise<void> {
  try {
    await dockerOf(engine).getContainer(id).remove({ force: true, v: false });
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return;
    throw toActionError(err, `Remove helper container ${id.slice(0, 12)}`);
  }
}

/** Helpers left behind (created but never started, or stopped, over `minAgeSeconds` ago) by a window that went away. */
export async function staleHelpers(engine: Engine, minAgeSeconds = 3600): Promise<string[]> {
  const list = await dockerOf(engine).listContainers({
    all: true,
    filters: { label: [`${helperLabel}=volume-files`], status: ['created', 'exited', 'dead'] },
  });
  const now = Date.now() / 1000;
  return list.filter((c) => now - c.Created >= minAgeSeconds).map((c) => c.Id);
}
