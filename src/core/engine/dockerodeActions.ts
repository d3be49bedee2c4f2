// EngineActions over dockerode: each verb is the module function of the same name (actionsContainers.ts, …)
// applied to the engine. An engine that is not backed by dockerode (a window whose endpoint could not be
// resolved) fails every verb with its own error.
import { putFiles } from './actionsArchive';
import { buildImage } from './actionsBuild';
import {
  createContainer,
  killContainer,
  pauseContainer,
  removeContainer,
  renameContainer,
  restartContainer,
  runContainer,
  startContainer,
  stopContainer,
  unpauseContainer,
} from './actionsContainers';
import { attachContainer, execOnce, execTty, pickShell } from './actionsExec';
import {
  imageHistory,
  pullImage,
  pushImage,
  removeImage,
  removeImageTags,
  searchImages,
  tagImage,
} from './actionsImages';
import { containerLogs, followLogsSession } from './actionsLogs';
import { prunePreview, pruneItems } from './actionsPrune';
import {
  connectNetwork,
  createNetwork,
  createVolume,
  disconnectNetwork,
  inspectRaw,
  removeNetwork,
  removeVolume,
} from './actionsResources';
import { containerStats } from './actionsStats';
import type { Engine } from './engine';
import type { EngineActions } from './engineActions';

function bind(engine: Engine): EngineActions {
  return {
    startContainer: (id) => startContainer(engine, id),
    stopContainer: (id, timeout) => stopContainer(engine, id, timeout),
    restartContainer: (id, timeout) => restartContainer(engine, id, timeout),
    pauseContainer: (id) => pauseContainer(engine, id),
    unpauseContainer: (id) => unpauseContainer(engine, id),
    killContainer: (id, signal) => killContainer(engine, id, signal),
    renameContainer: (id, name) => renameContainer(engine, id, name),
    removeContainer: (id, opts) => removeContainer(engine, id, opts),
    createContainer: (spec) => createContainer(engine, spec),
    runContainer: (spec) => runContainer(engine, spec),
    execOnce: (id, cmd, opts) => execOnce(engine, id, cmd, opts),
    putFiles: (id, files) => putFiles(engine, id, files),
    pickShell: (id, preferred) => pickShell(engine, id, preferred),
    execTty: (id, cmd, opts) => execTty(engine, id, cmd, opts),
    attachContainer: (id) => attachContainer(engine, id),
    containerLogs: (idOrName, opts) => containerLogs(engine, idOrName, opts),
    followLogsSession: (name, opts) => followLogsSession(engine, name, opts),
    containerStats: (id, signal) => containerStats(engine, id, signal),
    pullImage: (ref, opts) => pullImage(engine, ref, opts),
    pushImage: (ref, opts) => pushImage(engine, ref, opts),
    tagImage: (source, target) => tagImage(engine, source, target),
    removeImage: (ref, opts) => removeImage(engine, ref, opts),
    removeImageTags: (tags, opts) => removeImageTags(engine, tags, opts),
    imageHistory: (ref) => imageHistory(engine, ref),
    searchImages: (term, limit, signal) => searchImages(engine, term, limit, signal),
    buildImage: (opts) => buildImage(engine, opts),
    createVolume: (spec) => createVolume(engine, spec),
    removeVolume: (name, force) => removeVolume(engine, name, force),
    createNetwork: (spec) => createNetwork(engine, spec),
    connectNetwork: (network, container, aliases) => connectNetwork(engine, network, container, aliases),
    disconnectNetwork: (network, container, force) => disconnectNetwork(engine, network, container, force),
    removeNetwork: (idOrName) => removeNetwork(engine, idOrName),
    inspectRaw: (kind, idOrName) => inspectRaw(engine, kind, idOrName),
    prunePreview: (kind, scope) => prunePreview(engine, kind, scope),
    pruneItems: (preview, opts) => pruneItems(engine, preview, opts),
  };
}

const cache = new WeakMap<Engine, EngineActions>();

/** The write and stream verbs of `engine`. */
export function actionsFor(engine: Engine): EngineActions {
  let actions = cache.get(engine);
  if (!actions) cache.set(engine, (actions = bind(engine)));
  return actions;
}
