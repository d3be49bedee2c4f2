// EngineFacts over the Engine interface, shared by the language server and the CLI. Every answer has
// a short deadline and is cached briefly; anything unknown (engine down, slow, error) is `undefined`,
// so engine-aware rules stay silent instead of guessing.
import type { Engine } from '../engine/engine';
import { swarmReads } from '../engine/swarm';
import { toNode } from '../swarm/records';
import type { FactList } from './factLists';
import type { EngineFacts } from './types';

export interface EngineFactsOptions {
  /** per engine call */
  timeoutMs?: number;
  /** how long an answer is reused */
  ttlMs?: number;
  now?: () => number;
  /** which compose CLI runs compose files (src/core/compose/cli.ts detectComposeCli); left out: unknown */
  detectComposeCli?: () => Promise<{ version: string; v2: boolean } | undefined>;
}

/** What `docker ps` lists without --all: the containers that are up, and so hold their published ports. */
const UP = new Set<string>(['running', 'paused', 'restarting']);

export interface CachedEngineFacts extends EngineFacts {
  /** forget everything (the engine changed, or an image event arrived) */
  invalidate(): void;
  /** start fetching these lists now, so a later question finds its answer on the way or there */
  prefetch(lists: readonly FactList[]): void;
}

export const FACTS_TIMEOUT_MS = 1500;
export const FACTS_TTL_MS = 10_000;

export async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref?.();
  });
  try {
    return await Promise.race([p.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `alpine` → `alpine:latest`, `docker.io/library/alpine:3` → `alpine:3`: how local tags compare. */
export function canonicalRef(ref: string): string {
  let r = ref.trim();
  if (!r.includes('@')) {
    const slash = r.lastIndexOf('/');
    if (!r.slice(slash + 1).includes(':')) r += ':latest';
  }
  r = r.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  return r.replace(/^library\//, '');
}

/** `engine` may be a getter so a swapped engine (context switch) is picked up. */
export function createEngineFacts(
  engine: Engine | (() => Engine | undefined),
  opts: EngineFactsOptions = {},
): CachedEngineFacts {
  const timeoutMs = opts.timeoutMs ?? FACTS_TIMEOUT_MS;
  const ttlMs = opts.ttlMs ?? FACTS_TTL_MS;
  const now = opts.now ?? Date.now;
  const current = typeof engine === 'function' ? engine : () => engine;
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  let composeCli: Promise<{ version: string; v2: boolean } | undefined> | undefined;

  function cached<T>(key: string, fetch: (e: Engine) => Promise<T>): Promise<T | undefined> {
    const e = current();
    if (!e) return Promise.resolve(undefined);
    const hit = cache.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T | undefined>;
    const value = withTimeout(fetch(e), timeoutMs).then((v) => {
      if (v === undefined) cache.delete(key); // don't remember "unknown"
      return v;
    });
    cache.set(key, { at: now(), value });
    return value;
  }

  const lists = {
    images: () =>
      cached('images', async (e) => {
        const set = new Set<string>();
        const tags: string[] = [];
        for (const img of await e.listImages()) {
          for (const t of img.repoTags) {
            set.add(canonicalRef(t));
            if (!t.startsWith('<none>')) tags.push(t);
          }
          for (const d of img.repoDigests) set.add(canonicalRef(d));
        }
        return { set, tags: [...new Set(tags)].sort() };
      }),
    networks: () => cached('networks', (e) => e.listNetworks()),
    volumes: () => cached('volumes', (e) => e.listVolumes()),
    containers: () => cached('containers', (e) => e.listContainers({ all: true })),
  } satisfies Record<FactList, () => Promise<unknown>>;

  async function imagePresent(ref: string): Promise<boolean | undefined> {
    const refs = await lists.images();
    return refs ? refs.set.has(canonicalRef(ref)) : undefined;
  }

  return {
    invalidate: () => cache.clear(),
    prefetch(names) {
      for (const name of names) void lists[name]();
    },
    imagePresent,
    async localImages() {
      return (await lists.images())?.tags;
    },
    async imagePlatforms(ref) {
      const present = await imagePresent(ref);
      if (!present) return undefined;
      return cached(`platform:${canonicalRef(ref)}`, async (e) => {
        const i = await e.inspectImage(ref);
        return [{ os: i.os, architecture: i.architecture, ...(i.variant ? { variant: i.variant } : {}) }];
      });
    },
    engineArchitecture() {
      return cached('arch', async (e) => {
        const v = await e.version();
        return { os: v.os, architecture: v.arch };
      });
    },
    // compose checks
    async networkExists(name) {
      const nets = await lists.networks();
      return nets ? nets.some((n) => n.name === name || n.id === name) : undefined;
    },
    async volume(name) {
      const vols = await lists.volumes();
      if (!vols) return undefined;
      const v = vols.find((x) => x.name === name);
      return v ? { driver: v.driver } : null;
    },
    async portPublishedBy(port, protocol) {
      const all = await lists.containers();
      if (!all) return undefined;
      return all
        .filter((c) => UP.has(c.state))
        .flatMap((c) =>
          c.ports
            .filter((p) => p.publicPort === port && (p.type || 'tcp') === protocol)
            .map((p) => ({
              container: c.name,
              ...(c.composeProject ? { project: c.composeProject } : {}),
              ...(p.ip ? { hostIp: p.ip } : {}),
            })),
        );
    },
    async containerNamed(name) {
      const all = await lists.containers();
      if (!all) return undefined;
      const c = all.find((x) => x.name === name || x.names.includes(name));
      return c ? { id: c.id, ...(c.composeProject ? { project: c.composeProject } : {}) } : null;
    },
    composeCli() {
      // asked once per process (the CLI rarely changes under a running editor); not known in time: asked again
      composeCli ??= withTimeout(opts.detectComposeCli?.() ?? Promise.resolve(undefined), 5000).then((c) => {
        if (!c) composeCli = undefined;
        return c && { version: c.version, v2: c.v2 };
      });
      return composeCli;
    },
    swarm() {
      return cached('swarm', async (e) => {
        const reads = swarmReads(e);
        const state = await reads.state();
        if (!state.controlAvailable) return { manager: false, nodeLabels: [] };
        return { manager: true, nodeLabels: (await reads.nodes()).map((n) => toNode(n).labels) };
      });
    },
  };
}
