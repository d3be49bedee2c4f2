import type {
  ContainerInspect,
  ContainerSummary,
  ContextInfo,
  DiskUsage,
  Disposable,
  EngineEvent,
  EngineHealth,
  EngineInfo,
  EngineVersion,
  ImageInspect,
  ImageSummary,
  ListContainersOptions,
  ListImagesOptions,
  NetworkSummary,
  ResolvedEndpoint,
  VolumeSummary,
} from './types';

/**
 * The one door to the engine. Everything outside src/core/engine/ talks to this interface and gets
 * plain records back; failures are thrown as EngineError with a kind and a message that says what to do.
 */
export interface Engine {
  readonly endpoint: ResolvedEndpoint;

  ping(signal?: AbortSignal): Promise<void>;
  version(): Promise<EngineVersion>;
  info(): Promise<EngineInfo>;

  listContainers(options?: ListContainersOptions): Promise<ContainerSummary[]>;
  /** `size`: also compute the container's sizes (`docker inspect --size`; the engine walks its writable layer) */
  inspectContainer(idOrName: string, options?: { size?: boolean }): Promise<ContainerInspect>;
  listImages(options?: ListImagesOptions): Promise<ImageSummary[]>;
  inspectImage(idOrName: string): Promise<ImageInspect>;
  listVolumes(filters?: Record<string, string[]>): Promise<VolumeSummary[]>;
  inspectVolume(name: string): Promise<VolumeSummary>;
  listNetworks(filters?: Record<string, string[]>): Promise<NetworkSummary[]>;
  inspectNetwork(idOrName: string): Promise<NetworkSummary>;
  diskUsage(signal?: AbortSignal): Promise<DiskUsage>;

  /**
   * Typed engine events from one long-lived GET /events, parsed incrementally.
   * Ends when `signal` aborts; throws EngineError when the stream fails or the engine closes it.
   * `onOpen` is called once the engine has accepted the request (the stream is up).
   */
  events(options?: {
    since?: number;
    filters?: Record<string, string[]>;
    signal?: AbortSignal;
    onOpen?: () => void;
  }): AsyncIterable<EngineEvent>;

  /** Release sockets / ssh processes. */
  dispose(): void;
}

/** Keeps one event stream up with reconnect/backoff and reports health; views and the language server subscribe to it. */
export interface EngineMonitor extends Disposable {
  readonly health: EngineHealth;
  onHealth(listener: (h: EngineHealth) => void): Disposable;
  onEvent(listener: (e: EngineEvent) => void): Disposable;
  /** Try to connect now (the Retry button). */
  retry(): void;
}

export type { ContextInfo };
