// The engine's write and stream verbs, beside the read-only `Engine`. Callers outside src/core/engine get one
// from `actionsFor(engine)` (actions.ts) and see only this interface: plain records in, plain records out,
// failures thrown as EngineError with a kind (unreachable, notFound, conflict, permission, unknown, …).
import type { ContainerFile } from './actionsArchive';
import type { BuildOptions } from './actionsBuild';
import type { ExecOptions } from './actionsExec';
import type { LogSessionEvent } from './actionsLogs';
import type { PruneScope } from './actionsPrune';
import type { NetworkCreateSpec, VolumeCreateSpec } from './actionsResources';
import type {
  AuthConfig,
  ExecResult,
  ImageHistoryEntry,
  LogChunk,
  LogOptions,
  ProgressEvent,
  PruneItem,
  PruneKind,
  PrunePreview,
  PruneResult,
  RunSpec,
  SearchResult,
  StatsSample,
  TtySession,
} from './actionsTypes';

export type {
  BuildOptions,
  ContainerFile,
  ExecOptions,
  LogSessionEvent,
  NetworkCreateSpec,
  PruneScope,
  VolumeCreateSpec,
};

export type InspectKind = 'container' | 'image' | 'volume' | 'network';

export interface EngineActions {
  // containers
  startContainer(id: string): Promise<void>;
  stopContainer(id: string, timeoutSeconds?: number): Promise<void>;
  restartContainer(id: string, timeoutSeconds?: number): Promise<void>;
  pauseContainer(id: string): Promise<void>;
  unpauseContainer(id: string): Promise<void>;
  killContainer(id: string, signal?: string): Promise<void>;
  renameContainer(id: string, newName: string): Promise<void>;
  removeContainer(id: string, opts?: { force?: boolean; volumes?: boolean }): Promise<void>;
  /** returns the new container's id */
  createContainer(spec: RunSpec): Promise<string>;
  /** create + start (pulling the image first when missing); returns the container's id */
  runContainer(spec: RunSpec): Promise<string>;

  // exec and attach
  execOnce(id: string, cmd: string[], opts?: ExecOptions): Promise<ExecResult>;
  /** the first of `preferred`, bash, sh the container has */
  pickShell(id: string, preferred?: string): Promise<string>;
  execTty(id: string, cmd: string[], opts?: ExecOptions & { cols?: number; rows?: number }): Promise<TtySession>;
  attachContainer(id: string): Promise<TtySession>;
  /** writes files at their absolute paths in the container (archive API), creating missing directories */
  putFiles(id: string, files: readonly ContainerFile[]): Promise<void>;

  // logs and stats: cancellable streams
  containerLogs(idOrName: string, opts?: LogOptions): AsyncIterable<LogChunk>;
  /** follows across restarts and re-creations of a container of that name */
  followLogsSession(
    name: string,
    opts: Omit<LogOptions, 'follow'> & { signal: AbortSignal },
  ): AsyncIterable<LogSessionEvent>;
  containerStats(id: string, signal?: AbortSignal): AsyncIterable<StatsSample>;

  // images
  pullImage(ref: string, opts?: { signal?: AbortSignal; auth?: AuthConfig }): AsyncIterable<ProgressEvent>;
  pushImage(ref: string, opts?: { signal?: AbortSignal; auth?: AuthConfig }): AsyncIterable<ProgressEvent>;
  tagImage(source: string, target: string): Promise<void>;
  removeImage(
    ref: string,
    opts?: { force?: boolean; noPrune?: boolean },
  ): Promise<{ untagged: string[]; deleted: string[] }>;
  removeImageTags(
    tags: readonly string[],
    opts?: { onTag?: (tag: string, done: number) => void },
  ): Promise<{ removed: string[]; failed: { tag: string; message: string }[] }>;
  imageHistory(ref: string): Promise<ImageHistoryEntry[]>;
  /** GET /images/search: the engine asks Docker Hub; `signal` abandons the request */
  searchImages(term: string, limit?: number, signal?: AbortSignal): Promise<SearchResult[]>;
  buildImage(opts: BuildOptions): AsyncIterable<ProgressEvent>;

  // volumes and networks
  /** returns the volume's name */
  createVolume(spec: VolumeCreateSpec): Promise<string>;
  removeVolume(name: string, force?: boolean): Promise<void>;
  /** returns the network's id */
  createNetwork(spec: NetworkCreateSpec): Promise<string>;
  connectNetwork(network: string, container: string, aliases?: string[]): Promise<void>;
  disconnectNetwork(network: string, container: string, force?: boolean): Promise<void>;
  removeNetwork(idOrName: string): Promise<void>;

  /** the engine's inspect JSON as is, for the read-only inspect documents */
  inspectRaw(kind: InspectKind, idOrName: string): Promise<unknown>;

  // prune: list exactly what would go, then remove only those items
  prunePreview(kind: PruneKind, scope?: PruneScope): Promise<PrunePreview>;
  pruneItems(
    preview: PrunePreview,
    opts?: { signal?: AbortSignal; onItem?: (item: PruneItem, done: number) => void },
  ): Promise<PruneResult>;
}
