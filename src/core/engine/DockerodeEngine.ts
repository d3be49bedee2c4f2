// The Engine: reads and the event stream as plain GETs over node:http (request.ts); the dockerode client for actions
// is made by dockerOf (actionsDocker.ts) on first use. Negotiates the API version on first contact, keeps that
// client's modem on it, and maps every reply to our records.
import type * as http from 'node:http';
import type { DockerOptions } from 'dockerode';
import type { Engine } from './engine';
import { EngineError, toEngineError } from './errors';
import { parseEventStream } from './events';
import * as rec from './toRecords';
import * as engineRec from './toEngineRecords';
import { engineQuery, getJson, getStream, httpTarget, RequestTimeout, type HttpTarget } from './request';
import { modemOptions } from './transport';
import type {
  ContainerInspect,
  ContainerSummary,
  DiskUsage,
  EngineEvent,
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
import { apiHeader, CLIENT_MAX_API, CLIENT_MIN_API, compareApi } from './apiVersion';
import type { ModemLike } from './modemDial';

export { CLIENT_MAX_API, CLIENT_MIN_API, compareApi };

export interface EngineOptions {
  /** per-request timeout; ssh endpoints get at least 35 s for the handshake */
  timeoutMs?: number;
  /** the ssh program and leading args for ssh:// endpoints, default ['ssh'] (e.g. ['ssh', '-F', '/path/config']) */
  sshCommand?: readonly string[];
}

/** idle time before the first TCP keepalive probe on the event stream's socket */
const eventKeepAliveMs = 15_000;

export class DockerodeEngine implements Engine {
  /** the modem of the dockerode client made for this engine (adoptModem), kept on the negotiated API version */
  private modem?: ModemLike;
  /** the dockerode client's options for this endpoint (the agent included) */
  readonly clientOptions: DockerOptions;
  /** the negotiated API version path segment ('v1.41'), once pinned */
  private api?: string;
  private readonly agent?: http.Agent;
  /** where plain GETs go: the modem's own transport (socket path, host/port, agent) */
  private readonly target: HttpTarget;
  private readonly timeoutMs: number;
  private negotiated?: Promise<EngineVersion | undefined>;
  /** the last negotiation succeeded and no new one was asked for */
  private pinned = false;
  private disposed = false;

  constructor(
    readonly endpoint: ResolvedEndpoint,
    opts: EngineOptions = {},
  ) {
    const { options, agent } = modemOptions(endpoint, opts.sshCommand);
    this.clientOptions = options;
    this.agent = agent;
    this.target = httpTarget(options);
    const ssh = endpoint.host.startsWith('ssh://');
    this.timeoutMs = Math.max(opts.timeoutMs ?? 20_000, ssh ? 35_000 : 0);
  }

  /**
   * For dockerOf (actionsDocker.ts) only: the modem of the dockerode client it made for this engine, which speaks
   * the negotiated API version from now on. Reads and events are plain GETs and never need that client, so a process
   * that only reads (`stevedore lint`, `stevedore engine`) neither loads dockerode nor carries it in its bundle.
   */
  adoptModem(modem: ModemLike): void {
    this.modem = modem;
    if (this.api) modem.version = this.api;
  }

  private raw<T>(
    path: string,
    query?: Record<string, unknown>,
    signal?: AbortSignal,
    timeoutMs = this.timeoutMs,
    onHeaders?: (h: Record<string, string | string[] | undefined>) => void,
    unversioned = false,
  ): Promise<T> {
    if (this.disposed)
      return Promise.reject(new EngineError('unreachable', `the connection to ${this.endpoint.host} was closed`));
    // the version negotiated below; the engine's mutating actions go through the modem with the same one
    const version = unversioned ? undefined : this.api;
    return getJson(
      this.target,
      `${version ? `/${version}` : ''}${path}${engineQuery(query)}`,
      timeoutMs,
      signal,
      (err) =>
        err instanceof RequestTimeout
          ? new EngineError(
              'timeout',
              `the Docker engine at ${this.endpoint.host} did not answer within ${Math.round(timeoutMs / 1000)} s; is it overloaded or unreachable?`,
              undefined,
              { cause: err },
            )
          : toEngineError(err, this.endpoint.host),
      onHeaders,
    ) as Promise<T>;
  }

  /**
   * First contact: pin the API to min(engine, ours) like the CLI does. The engine's API version comes from /_ping's
   * API-Version header (engines since API 1.25), or from `known`: the header of a reply already in hand (see get). /version
   * asks containerd and runc for theirs too, ~20 ms on a local engine: it decides only when the header is missing or
   * out of our range (too old; newer than us, where its MinAPIVersion matters), and when `full` asks for the version record itself.
   */
  private negotiate(full = false, known?: { header: string | undefined }): Promise<EngineVersion | undefined> {
    if (!this.negotiated) {
      this.negotiated = (async () => {
        if (!full) {
          let header = known?.header;
          if (!known)
            await this.raw('/_ping', undefined, undefined, this.timeoutMs, (h) => {
              header = apiHeader(h);
            });
          if (
            header &&
            /^\d+\.\d+$/.test(header) &&
            compareApi(header, CLIENT_MIN_API) >= 0 &&
            compareApi(header, CLIENT_MAX_API) <= 0
          ) {
            this.pin(`v${header}`);
            return undefined;
          }
        }
        // /version reports the engine's own API version whatever version the path asks for
        const v = engineRec.toEngineVersion(await this.raw('/version'));
        const api = v.apiVersion || CLIENT_MIN_API;
        if (compareApi(api, CLIENT_MIN_API) < 0) {
          throw new EngineError(
            'tooOld',
            `the Docker engine at ${this.endpoint.host} speaks API ${api} (Docker ${v.version}); Stevedore needs API ${CLIENT_MIN_API} (Docker 1.12) or newer — upgrade the engine`,
          );
        }
        let speak = compareApi(api, CLIENT_MAX_API) < 0 ? api : CLIENT_MAX_API;
        // an engine newer than us may no longer accept our newest version: speak its oldest (our mapping is tolerant)
        if (v.minApiVersion && compareApi(speak, v.minApiVersion) < 0) speak = v.minApiVersion;
        this.pin(`v${speak}`);
        return v;
      })();
      this.negotiated.catch(() => {
        this.negotiated = undefined;
      });
    }
    return this.negotiated;
  }

  private pin(api: string): void {
    this.api = api;
    if (this.modem) this.modem.version = api;
    this.pinned = true;
  }

  /** A plain GET (node:http, no dockerode); public for src/core/engine/ only (readOf in actionsDocker.ts). */
  get<T>(path: string, query?: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    // once the API version is pinned, nothing to wait for
    if (this.pinned) return this.raw<T>(path, query, signal);
    // Before that, the read is its own probe: it goes out without a version, which the engine answers in its own API
    // version and names in the reply's API-Version header (on every reply, errors included). When the negotiation
    // pins that very version (it does unless the engine is too old or newer than us), the reply stands: no /_ping
    // round trip first. Otherwise the read is made again in the version pinned. No reply at all: the engine's error.
    let header: string | undefined;
    let replied = false;
    const early = this.raw<T>(
      path,
      query,
      signal,
      this.timeoutMs,
      (h) => {
        replied = true;
        header = apiHeader(h);
      },
      true,
    );
    const settle = () =>
      this.negotiate(false, { header }).then(() =>
        this.api === `v${header}` ? early : this.raw<T>(path, query, signal),
      );
    return early.then(settle, (e: unknown) => (replied ? settle() : Promise.reject(e)));
  }

  /** The negotiated API version ('1.41'), after first contact. */
  async apiVersion(): Promise<string> {
    await this.negotiate();
    return (this.api ?? '').replace(/^v/, '');
  }

  async ping(signal?: AbortSignal): Promise<void> {
    await this.raw('/_ping', undefined, signal, Math.min(this.timeoutMs, 10_000));
  }

  async version(): Promise<EngineVersion> {
    this.negotiated = undefined;
    this.pinned = false;
    const v = await this.negotiate(true);
    // with nothing negotiated before, negotiate(true) asks /version and resolves to its record
    if (!v) throw new EngineError('unknown', `the Docker engine at ${this.endpoint.host} sent no version record`);
    return v;
  }

  async info(): Promise<EngineInfo> {
    return engineRec.toEngineInfo(await this.get('/info'));
  }

  async listContainers(o: ListContainersOptions = {}): Promise<ContainerSummary[]> {
    return (await this.get<unknown[]>('/containers/json', { all: o.all ?? true, filters: o.filters })).map(
      rec.toContainerSummary,
    );
  }

  async inspectContainer(id: string, o: { size?: boolean } = {}): Promise<ContainerInspect> {
    return rec.toContainerInspect(
      await this.get(`/containers/${encodeURIComponent(id)}/json`, o.size ? { size: true } : undefined),
    );
  }

  async listImages(o: ListImagesOptions = {}): Promise<ImageSummary[]> {
    return (await this.get<unknown[]>('/images/json', { all: o.all ?? false, filters: o.filters })).map(
      rec.toImageSummary,
    );
  }

  async inspectImage(id: string): Promise<ImageInspect> {
    return rec.toImageInspect(await this.get(`/images/${encodeURIComponent(id)}/json`));
  }

  async listVolumes(filters?: Record<string, string[]>): Promise<VolumeSummary[]> {
    const r = await this.get<{ Volumes?: unknown[] | null }>('/volumes', { filters });
    return (r?.Volumes ?? []).map(rec.toVolumeSummary);
  }

  async inspectVolume(name: string): Promise<VolumeSummary> {
    return rec.toVolumeSummary(await this.get(`/volumes/${encodeURIComponent(name)}`));
  }

  async listNetworks(filters?: Record<string, string[]>): Promise<NetworkSummary[]> {
    return (await this.get<unknown[]>('/networks', { filters })).map(rec.toNetworkSummary);
  }

  async inspectNetwork(id: string): Promise<NetworkSummary> {
    return rec.toNetworkSummary(await this.get(`/networks/${encodeURIComponent(id)}`));
  }

  async diskUsage(signal?: AbortSignal): Promise<DiskUsage> {
    await this.negotiate();
    // computing sizes can take minutes on big hosts
    return engineRec.toDiskUsage(await this.raw('/system/df', undefined, signal, Math.max(this.timeoutMs, 300_000)));
  }

  async *events(
    o: { since?: number; filters?: Record<string, string[]>; signal?: AbortSignal; onOpen?: () => void } = {},
  ): AsyncIterable<EngineEvent> {
    await this.negotiate();
    if (o.signal?.aborted) return;
    const q: Record<string, unknown> = {};
    if (o.since !== undefined) q.since = String(o.since);
    if (o.filters) q.filters = o.filters;
    const path = `${this.api ? `/${this.api}` : ''}/events${engineQuery(q)}`;
    const res = await getStream(this.target, path, o.signal).catch((e: unknown) => {
      if (o.signal?.aborted) return undefined;
      throw toEngineError(e, this.endpoint.host);
    });
    if (!res) return;
    // the stream is idle for as long as nothing happens: keepalive probes notice a dead tcp peer without requests
    res.socket?.setKeepAlive?.(true, eventKeepAliveMs);
    o.onOpen?.();
    yield* parseEventStream(res, this.endpoint.host, o.signal);
  }

  dispose(): void {
    this.disposed = true;
    this.agent?.destroy();
  }
}
