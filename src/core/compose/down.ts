// What the Down -v confirmation lists: the volumes of the project that exist on the engine (compose labels them
// with the project), else — when the engine cannot say — the named volumes the files declare.
import type { Engine } from '../engine/engine';
import { volumesRemovedByDown, type ComposeModel } from './model';

export interface DownVolumes {
  names: string[];
  /** false: the engine could not be asked; `names` are the declared volumes */
  fromEngine: boolean;
}

export async function volumesListedForDown(
  engine: Pick<Engine, 'listVolumes'>,
  project: string,
  models: ComposeModel[],
): Promise<DownVolumes> {
  try {
    const vols = await engine.listVolumes({ label: [`com.docker.compose.project=${project}`] });
    return { names: vols.map((v) => v.name).sort(), fromEngine: true };
  } catch {
    return { names: [...new Set(models.flatMap((m) => volumesRemovedByDown(m, project)))].sort(), fromEngine: false };
  }
}
