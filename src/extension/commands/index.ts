// Registers the handler of every item command record (src/core/commands/table); called once from activate().
import type { ItemCommandId as CommandId } from '../../core/commands/table/index';
import type { Services } from '../services';
import { buildCommands } from './build';
import { createBuildUi } from '../build/buildFlow';
import { containerCommands } from './containers';
import { imageCommands } from './images';
import { registerInspect, type InspectDocuments } from './inspect';
import { loginCommands } from './login';
import { LogViews } from './logs';
import { pruneCommands } from './prune';
import { registerAll, type Registrations } from './registry';
import { registryViewCommands } from './registries';
import { resourceCommands } from './resources';
import { runCommands } from './run';
import { shellCommands } from './shell';
import { showStats, type StatsPanels } from './stats';
import type { FileTree } from '../files/tree';
import { fileVerbs } from '../files/verbs';
import { volumeVerbs } from '../files/volumeVerbs';

/** What extension-host tests can observe of the commands. */
export interface CommandsApi {
  /** lines of the open log view of container `name` (stderr lines prefixed "[stderr] ") */
  logLines(name: string): string[] | undefined;
  /** the lines the last build wrote to its Output channel */
  buildLog(): readonly string[];
  /** the read-only JSON documents of Inspect */
  readonly docs: InspectDocuments;
}

export function registerCommands(services: Services, files: FileTree): CommandsApi {
  const docs = registerInspect(services);
  const logs = new LogViews(services);
  const stats: StatsPanels = new Map();
  const build = createBuildUi(services);
  const all = {
    ...containerCommands(docs, logs),
    ...shellCommands(services, logs),
    'stevedore.container.logs': {
      run: (_c, ts) => {
        for (const c of ts) logs.show(c.name);
      },
    },
    'stevedore.container.stats': {
      run: (_c, ts) => {
        for (const c of ts) showStats(services, stats, c);
      },
    },
    ...runCommands(services, logs),
    ...imageCommands(services, docs),
    ...buildCommands(services, build),
    ...loginCommands(services),
    ...registryViewCommands(services),
    ...resourceCommands(services, docs),
    ...pruneCommands(services, docs),
    ...fileVerbs(services),
    ...volumeVerbs(services, files.provider.volumes),
  } satisfies Registrations<CommandId>;
  registerAll(services, all);
  return { logLines: (name) => logs.lines(name), buildLog: () => build.lastLog, docs };
}
