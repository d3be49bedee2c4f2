// Records for the mutating operations and streams (containers, exec, logs, stats, images, prune).

export const restartPolicies = ['no', 'always', 'unless-stopped', 'on-failure'] as const;
export type RestartPolicy = (typeof restartPolicies)[number];

export interface PortSpec {
  /** container port */
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  /** host port; undefined = engine picks a free one (`-p 80`) */
  hostPort?: number;
  hostIp?: string;
}

export type VolumeSpec =
  | { kind: 'named'; name: string; target: string; readOnly?: boolean }
  | { kind: 'anonymous'; target: string }
  | { kind: 'bind'; source: string; target: string; readOnly?: boolean };

/** Everything "Run…"/"Create…" asks; the equivalent of `docker run` flags. */
export interface RunSpec {
  image: string;
  name?: string;
  ports: PortSpec[];
  /** KEY=VALUE entries, passed unchanged */
  env: string[];
  volumes: VolumeSpec[];
  network?: string;
  restart: RestartPolicy;
  /** on-failure only */
  maxRetries?: number;
  autoRemove: boolean;
  tty: boolean;
  interactive: boolean;
  /** overrides the image CMD when non-empty (argv, never a shell string) */
  cmd?: string[];
  entrypoint?: string[];
  labels?: Record<string, string>;
  workingDir?: string;
  user?: string;
}

export const stopSignals = [
  'SIGKILL',
  'SIGTERM',
  'SIGINT',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR1',
  'SIGUSR2',
  'SIGSTOP',
  'SIGCONT',
] as const;

export type LogStream = 'stdout' | 'stderr';

export interface LogChunk {
  stream: LogStream;
  /** raw bytes of this frame (UTF-8 text may be split across chunks; use a decoder per stream) */
  data: Buffer;
}

export interface LogOptions {
  follow?: boolean;
  timestamps?: boolean;
  /** unix seconds, or a Docker duration like "10m" */
  since?: number | string;
  /** number of lines from the end, or 'all' */
  tail?: number | 'all';
  signal?: AbortSignal;
}

/** One sample, computed like `docker stats` does. */
export interface StatsSample {
  time: string;
  cpuPercent: number;
  memUsage: number;
  memLimit: number;
  memPercent: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

/** A progress message of pull/push/build, normalised. */
export interface ProgressEvent {
  /** layer id, when the message is about one */
  id?: string;
  status: string;
  current?: number;
  total?: number;
  /** build output text (`stream` field) */
  stream?: string;
  /** an error reported inside the stream */
  error?: string;
  aux?: unknown;
}

export interface ExecResult {
  /** -1 when cancelled */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** set when the signal aborted the exec: whether the process (and what it started) was stopped in the container */
  cancelled?: { stopped: boolean; reason?: string };
}

export interface TtySession {
  /** output of the process (stdout and stderr merged, as a TTY does) */
  output: AsyncIterable<Buffer>;
  write(data: string | Buffer): void;
  resize(cols: number, rows: number): Promise<void>;
  /** resolves with the exit code once the process ends */
  exited: Promise<number>;
  close(): void;
}

export interface ImageHistoryEntry {
  id: string;
  created: number;
  createdBy: string;
  size: number;
  tags: string[];
  comment: string;
}

export interface SearchResult {
  name: string;
  description: string;
  stars: number;
  official: boolean;
  automated: boolean;
}

/** 'volumes': unused anonymous volumes (`docker volume prune` since Engine 23); 'volumesAll': named ones too (`-a`). */
export const pruneKinds = [
  'containers',
  'images',
  'imagesAll',
  'volumes',
  'volumesAll',
  'networks',
  'buildCache',
  'system',
] as const;
export type PruneKind = (typeof pruneKinds)[number];

export interface PruneItem {
  type: 'container' | 'image' | 'volume' | 'network' | 'buildCache';
  id: string;
  /** what the user recognises: name, repo:tag or short id */
  label: string;
  /** bytes freed, when known */
  size?: number;
  /** image: the tags shown (removed only if it still has exactly these) */
  tags?: string[];
  /** volume: its creation time (a volume re-created under the same name is not the one shown) */
  createdAt?: string;
}

export interface PrunePreview {
  kind: PruneKind;
  items: PruneItem[];
  reclaimable: number;
}

export interface PruneResult {
  removed: PruneItem[];
  failed: { item: PruneItem; message: string }[];
  /** items left alone because they changed since the preview (new tag, now used, started) */
  skipped: { item: PruneItem; reason: string }[];
  reclaimed: number;
}

/** The body of the X-Registry-Auth header (Engine API AuthConfig), as the docker CLI sends it. */
export interface AuthConfig {
  username?: string;
  password?: string;
  identitytoken?: string;
  serveraddress: string;
}
