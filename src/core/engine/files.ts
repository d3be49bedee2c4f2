// The Engine API's file verbs for one container: HEAD/GET/PUT /containers/{id}/archive, exec where the API has none.
import type { Readable } from 'node:stream';
import type { Engine } from './engine';
import { display } from './actionsContainers';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { execOnce } from './actionsExec';
import type { ExecResult } from './actionsTypes';
import { EngineError } from './errors';

/** `X-Docker-Container-Path-Stat`: mode is a Go os.FileMode (type bits high, permissions low). */
export interface ArchiveStat {
  name: string;
  size: number;
  mode: number;
  /** RFC 3339 */
  mtime: string;
  /** for a symlink: the absolute path it resolves to */
  linkTarget?: string;
}

/** What decides whether writes can work, read once per container. */
export interface ContainerFileFacts {
  running: boolean;
  readOnlyRootfs: boolean;
  /** mount points with whether they are writable */
  mounts: { destination: string; rw: boolean }[];
}

/** The container file verbs the files core needs; implemented over dockerode, tested against the real engine. */
export interface ContainerArchive {
  stat(id: string, path: string, signal?: AbortSignal): Promise<ArchiveStat>;
  /** a tar stream of `path` (a directory's whole subtree); destroy it to stop early */
  get(id: string, path: string, signal?: AbortSignal): Promise<Readable>;
  /** extracts `tar` into the directory `dir`; `copyUIDGID` keeps the tar headers' owners */
  put(
    id: string,
    dir: string,
    tar: Readable | Buffer,
    opts?: { copyUIDGID?: boolean; signal?: AbortSignal },
  ): Promise<void>;
  exec(id: string, argv: string[], signal?: AbortSignal): Promise<ExecResult>;
  facts(id: string): Promise<ContainerFileFacts>;
}

interface RawError {
  statusCode?: number;
  json?: { message?: string } | null;
}

/** HEAD carries no body: a 404 is "no such path" unless the container itself is gone (checked by facts). */
function archiveError(err: unknown, what: string, path: string): EngineError {
  const e = err as RawError;
  if (e?.statusCode === 404) {
    const msg = e.json?.message ?? '';
    if (/no such container/i.test(msg)) return toActionError(err, what);
    return new EngineError('notFound', `${what} failed: ${path} does not exist.`, 404, { cause: err });
  }
  if (e?.statusCode === 403 || /read-only/i.test(e?.json?.message ?? '')) {
    return new EngineError(
      'permission',
      `${what} failed: the container's root file system is read-only (it was started with --read-only). ` +
        'Write under a writable volume, or recreate the container without --read-only.',
      403,
      { cause: err },
    );
  }
  return toActionError(err, what);
}

export function containerArchive(engine: Engine): ContainerArchive {
  const docker = () => dockerOf(engine);
  return {
    async stat(id, path, signal) {
      const what = `Stat ${path} in ${display(id)}`;
      try {
        const res = (await docker().getContainer(id).infoArchive({ path, abortSignal: signal })) as Readable & {
          headers?: Record<string, string>;
        };
        res.resume();
        const header = res.headers?.['x-docker-container-path-stat'];
        if (!header) throw new EngineError('unknown', `${what} failed: the engine sent no path stat.`);
        return JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as ArchiveStat;
      } catch (err) {
        throw archiveError(err, what, path);
      }
    },
    async get(id, path, signal) {
      const what = `Read ${path} from ${display(id)}`;
      try {
        return (await docker().getContainer(id).getArchive({ path, abortSignal: signal })) as Readable;
      } catch (err) {
        throw archiveError(err, what, path);
      }
    },
    async put(id, dir, tar, opts = {}) {
      const what = `Write into ${dir} in ${display(id)}`;
      try {
        const res = (await docker()
          .getContainer(id)
          .putArchive(tar, {
            path: dir,
            noOverwriteDirNonDir: true,
            ...(opts.copyUIDGID ? { copyUIDGID: '1' } : {}),
            abortSignal: opts.signal,
          })) as unknown;
        if (res && typeof (res as Readable).resume === 'function') (res as Readable).resume();
      } catch (err) {
        throw archiveError(err, what, dir);
      }
    },
    exec(id, argv, signal) {
      return execOnce(engine, id, argv, { signal });
    },
    async facts(id) {
      try {
        const c = (await docker().getContainer(id).inspect()) as {
          State?: { Running?: boolean; Paused?: boolean };
          HostConfig?: { ReadonlyRootfs?: boolean };
          Mounts?: { Destination?: string; RW?: boolean }[];
        };
        return {
          running: !!c.State?.Running && !c.State?.Paused,
          readOnlyRootfs: !!c.HostConfig?.ReadonlyRootfs,
          mounts: (c.Mounts ?? []).map((m) => ({ destination: m.Destination ?? '', rw: m.RW !== false })),
        };
      } catch (err) {
        throw toActionError(err, `Inspect container ${display(id)}`);
      }
    },
  };
}
