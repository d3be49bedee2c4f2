// Our own plain-data records for what the engine returns. No dockerode type ever leaves src/core/engine/.

/** Where the endpoint came from, in Docker's own order of precedence. */
/** setting: stevedore.engine.host / --host; context: a context chosen for this window / --context */
export type EndpointSource = 'setting' | 'context' | 'DOCKER_HOST' | 'DOCKER_CONTEXT' | 'config' | 'default' | 'podman';

export interface TlsMaterial {
  ca?: string;
  cert?: string;
  key?: string;
  /** false = do not verify the server certificate (SkipTLSVerify / DOCKER_TLS_VERIFY unset). */
  verify: boolean;
  /** where the PEM files were read from (DOCKER_CERT_PATH or the context's TLS dir), for messages */
  dir?: string;
}

export interface ResolvedEndpoint {
  /** e.g. unix:///var/run/docker.sock, tcp://10.0.0.5:2376, ssh://user@host, npipe:////./pipe/docker_engine */
  host: string;
  source: EndpointSource;
  /** The context's name when the endpoint came from one (also `default`). */
  context?: string;
  tls?: TlsMaterial;
  /** A short human description of why this endpoint was chosen. */
  reason: string;
}

export interface ContextInfo {
  name: string;
  description?: string;
  host: string;
  skipTlsVerify: boolean;
  hasTls: boolean;
  /** The CLI's current context (config.json currentContext / DOCKER_CONTEXT). */
  current: boolean;
}

export type EngineErrorKind =
  'unreachable' | 'notFound' | 'conflict' | 'permission' | 'tls' | 'tooOld' | 'timeout' | 'badRequest' | 'unknown';

export interface PortBinding {
  privatePort: number;
  publicPort?: number;
  ip?: string;
  type: 'tcp' | 'udp' | 'sctp' | string;
}

export interface MountSummary {
  type: 'volume' | 'bind' | 'tmpfs' | 'npipe' | string;
  /** volume name (for volumes) */
  name?: string;
  source: string;
  destination: string;
  rw: boolean;
  /** a volume whose name is 64 hex chars, made by the engine for an unnamed VOLUME / -v /path */
  anonymous: boolean;
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
export type HealthState = 'starting' | 'healthy' | 'unhealthy' | undefined;

export interface ContainerSummary {
  id: string;
  /** first name without the leading slash */
  name: string;
  names: string[];
  image: string;
  imageId: string;
  command: string;
  created: number; // unix seconds
  state: ContainerState;
  /** engine text, e.g. "Up 3 minutes (healthy)", "Exited (137) 2 hours ago" */
  status: string;
  /** when `status` was read from the engine (ms since the epoch): its relative time is told again from there */
  statusAtMs?: number;
  health: HealthState;
  ports: PortBinding[];
  labels: Record<string, string>;
  mounts: MountSummary[];
  networks: Record<string, { ipAddress?: string; networkId?: string }>;
  /** compose project (label com.docker.compose.project), if any */
  composeProject?: string;
  composeService?: string;
}

export interface ContainerInspect {
  id: string;
  name: string;
  image: string;
  imageId: string;
  created: string;
  state: {
    status: ContainerState;
    running: boolean;
    paused: boolean;
    restarting: boolean;
    oomKilled: boolean;
    dead: boolean;
    pid: number;
    exitCode: number;
    error: string;
    startedAt: string;
    finishedAt: string;
    health?: { status: string; failingStreak: number };
  };
  restartCount: number;
  path: string;
  args: string[];
  config: {
    hostname: string;
    user: string;
    env: string[];
    cmd: string[];
    entrypoint: string[];
    workingDir: string;
    labels: Record<string, string>;
    exposedPorts: string[];
    tty: boolean;
    openStdin: boolean;
  };
  hostConfig: {
    autoRemove: boolean;
    restartPolicy: { name: string; maximumRetryCount: number };
    networkMode: string;
    portBindings: Record<string, { hostIp: string; hostPort: string }[]>;
    binds: string[];
    privileged: boolean;
  };
  mounts: MountSummary[];
  networks: Record<string, { ipAddress?: string; networkId?: string; aliases?: string[] }>;
  /** bytes in the container's writable layer, and of its whole filesystem (image + writable layer); only when asked for */
  size?: { rw: number; rootFs: number };
  /** the raw engine JSON, for "Inspect" views */
  raw: unknown;
}

export interface ImageSummary {
  id: string;
  /** repo:tag strings; empty (or ["<none>:<none>"] normalised away) for dangling images */
  repoTags: string[];
  repoDigests: string[];
  parentId: string;
  created: number; // unix seconds
  size: number;
  /** containers using it; -1 when the engine did not count */
  containers: number;
  labels: Record<string, string>;
  dangling: boolean;
}

export interface ImageInspect {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  created: string;
  size: number;
  architecture: string;
  os: string;
  variant?: string;
  exposedPorts: string[];
  env: string[];
  cmd: string[];
  entrypoint: string[];
  workingDir: string;
  user: string;
  labels: Record<string, string>;
  volumes: string[];
  raw: unknown;
}

export interface VolumeSummary {
  name: string;
  driver: string;
  mountpoint: string;
  createdAt?: string;
  labels: Record<string, string>;
  scope: string;
  options: Record<string, string>;
  anonymous: boolean;
}

export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
  attachable: boolean;
  ipv6: boolean;
  created: string;
  subnets: { subnet: string; gateway?: string }[];
  labels: Record<string, string>;
  /** attached containers (only filled by inspect, or by list on engines that include them) */
  containers: { id: string; name: string; ipv4?: string; ipv6?: string }[];
  builtin: boolean;
}

export interface EngineVersion {
  version: string;
  apiVersion: string;
  minApiVersion?: string;
  os: string;
  arch: string;
  kernelVersion?: string;
  /** "Docker Engine - Community", "Podman Engine", ... */
  platform?: string;
}

export interface EngineInfo {
  name: string;
  serverVersion: string;
  os: string;
  osType: string;
  architecture: string;
  ncpu: number;
  memTotal: number;
  containers: number;
  containersRunning: number;
  containersPaused: number;
  containersStopped: number;
  images: number;
  driver: string;
  rootless: boolean;
}

export interface DiskUsage {
  layersSize: number;
  images: { id: string; repoTags: string[]; size: number; sharedSize: number; containers: number }[];
  containers: { id: string; name: string; sizeRw: number; sizeRootFs: number; state: string }[];
  volumes: { name: string; size: number; refCount: number }[];
  buildCache: { id: string; type: string; size: number; inUse: boolean; shared: boolean; lastUsedAt?: string }[];
}

/** One message of the engine's event stream (GET /events), typed. */
export interface EngineEvent {
  type:
    | 'container'
    | 'image'
    | 'volume'
    | 'network'
    | 'daemon'
    | 'plugin'
    | 'service'
    | 'node'
    | 'secret'
    | 'config'
    | 'builder'
    | string;
  action: string;
  /** Actor.ID: container/image id, volume name, network id */
  id: string;
  attributes: Record<string, string>;
  scope?: string;
  time: number; // unix seconds
  timeNano: number;
}

export type EngineHealth =
  | { state: 'connecting' }
  | { state: 'connected'; version: EngineVersion }
  | { state: 'unreachable'; reason: string; kind: EngineErrorKind; retryInMs?: number };

export interface Disposable {
  dispose(): void;
}

export interface ListContainersOptions {
  all?: boolean;
  /** engine filters, e.g. { id: [...] }, { label: ['a=b'] } */
  filters?: Record<string, string[]>;
}

export interface ListImagesOptions {
  all?: boolean;
  filters?: Record<string, string[]>;
}
