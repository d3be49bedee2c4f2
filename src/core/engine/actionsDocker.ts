import type Dockerode from 'dockerode';
import type { Engine } from './engine';
import { dockerodeOf } from './index';

/** The dockerode client behind an Engine; actions run only against dockerode-backed engines. */
export function dockerOf(engine: Engine): Dockerode {
  return dockerodeOf(engine);
}
