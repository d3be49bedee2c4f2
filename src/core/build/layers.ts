// An image's history (newest first, as the engine gives it) matched to the Dockerfile instructions that made it,
// and the cache-order hint: a large layer that is rebuilt often sitting before one that rarely changes.
import { stageChain, type DockerfileShape, type StageInstruction } from './dockerfileStages';

export interface HistoryEntry {
  id: string;
  createdBy: string;
  size: number;
}

export interface InstructionLayer {
  instruction: StageInstruction;
  entry: HistoryEntry;
  /** the layer's diff id (RootFS) when the entry made a filesystem layer and it could be told */
  diffId?: string;
}

const keywords = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD',
  'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]); // prettier-ignore

/** The instruction keyword a history entry came from: BuildKit writes it first, the classic builder after #(nop). */
export function historyKeyword(createdBy: string): { keyword: string; text: string; layer: boolean } {
  const nop = /^\/bin\/sh -c #\(nop\)\s+(\S+)\s*(.*)$/s.exec(createdBy);
  if (nop) {
    const kw = (nop[1] ?? '').toUpperCase();
    return { keyword: kw, text: nop[2] ?? '', layer: kw === 'COPY' || kw === 'ADD' };
  }
  const first = /^(\S+)\s*(.*)$/s.exec(createdBy);
  const kw = first?.[1] ?? '';
  if (keywords.has(kw)) {
    const text = (first?.[2] ?? '').replace(/\s*# buildkit$/, '');
    return { keyword: kw, text, layer: ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(kw) };
  }
  // the classic builder's RUN: "/bin/sh -c cmd", "|1 ARG=v /bin/sh -c cmd" or an exec form's argv
  return { keyword: 'RUN', text: createdBy, layer: true };
}

/**
 * Pairs instructions of the target's stage chain with history entries: the longest keyword-matching alignment,
 * taken from the newest end (entries before the first match belong to the base image).
 */
export function layersForInstructions(
  shape: DockerfileShape,
  history: readonly HistoryEntry[],
  opts: { target?: string; diffIds?: readonly string[] } = {},
): InstructionLayer[] {
  const insts = stageChain(shape, opts.target).flatMap((s) => s.instructions);
  const entries = [...history].reverse();
  const kws = entries.map((e) => historyKeyword(e.createdBy));
  const prefix = prefixTable(
    insts.map((x) => x.keyword),
    kws.map((k) => k.keyword),
  );
  // walk from the newest ends so that ties pair each instruction with the latest matching entry
  const pairs: InstructionLayer[] = [];
  let i = insts.length - 1;
  let j = entries.length - 1;
  const diffOf = layerDiffIds(kws, opts.diffIds, entries);
  for (let inst = insts[i], entry = entries[j]; inst && entry; inst = insts[i], entry = entries[j]) {
    if (inst.keyword === kws[j]?.keyword && prefix(i + 1, j + 1) === prefix(i, j) + 1) {
      pairs.push({ instruction: inst, entry, diffId: diffOf.get(j) });
      i--;
      j--;
    } else if (prefix(i, j + 1) >= prefix(i + 1, j)) i--;
    else j--;
  }
  return pairs.reverse();
}

/** prefix(a, b): LCS of x[0..a) and y[0..b) */
function prefixTable(x: string[], y: string[]): (a: number, b: number) => number {
  const width = y.length + 1;
  const t = new Uint16Array((x.length + 1) * width);
  const at = (a: number, b: number) => t[a * width + b] ?? 0;
  x.forEach((xa, a) =>
    y.forEach((yb, b) => {
      t[(a + 1) * width + b + 1] = xa === yb ? at(a, b) + 1 : Math.max(at(a, b + 1), at(a + 1, b));
    }),
  );
  return at;
}

/** Entry index (oldest first) → RootFS diff id, when the entries that make layers can be counted out exactly. */
function layerDiffIds(
  kws: { layer: boolean }[],
  diffIds: readonly string[] | undefined,
  entries: HistoryEntry[],
): Map<number, string> {
  const out = new Map<number, string>();
  if (!diffIds?.length) return out;
  let layered = kws.flatMap((k, idx) => (k.layer ? [idx] : []));
  if (layered.length !== diffIds.length) layered = entries.flatMap((e, idx) => (e.size > 0 ? [idx] : []));
  if (layered.length !== diffIds.length) return out;
  for (const [k, idx] of layered.entries()) {
    const diffId = diffIds[k];
    if (diffId !== undefined) out.set(idx, diffId);
  }
  return out;
}

export interface CacheOrderHint {
  /** the large layer that is rebuilt often (a COPY or ADD of context files) */
  early: StageInstruction;
  /** the later RUN whose text never changed, rebuilt only because it comes after `early` */
  later: StageInstruction;
  size: number;
  /** builds recorded, and in how many of them `early` ran */
  builds: number;
  ran: number;
}

/** One recorded build's steps: instruction text ("RUN npm ci") and whether it came from cache. */
export type StepRecord = { key: string; cached: boolean }[];

export const instructionKey = (i: Pick<StageInstruction, 'keyword' | 'args'>) => `${i.keyword} ${i.args}`;

/**
 * The tutorials' cache-order lesson on real numbers: a COPY/ADD layer of at least `minBytes` that ran in most recorded
 * builds, followed by a RUN whose text was the same in every one of them yet ran whenever the COPY did. Moving that
 * RUN (with only the files it needs) before the COPY would let the cache keep it.
 */
export function cacheOrderHints(
  layers: readonly InstructionLayer[],
  builds: readonly StepRecord[],
  minBytes = 1024 * 1024,
): CacheOrderHint[] {
  if (builds.length < 2) return [];
  const ranIn = (key: string) => builds.filter((b) => b.some((s) => s.key === key && !s.cached)).length;
  const inAll = (key: string) => builds.every((b) => b.some((s) => s.key === key));
  const hints: CacheOrderHint[] = [];
  layers.forEach((early, k) => {
    const kw = early.instruction.keyword;
    if ((kw !== 'COPY' && kw !== 'ADD') || early.entry.size < minBytes) return;
    const key = instructionKey(early.instruction);
    const ran = ranIn(key);
    if (ran * 2 <= builds.length) return;
    const later = layers
      .slice(k + 1)
      .find((l) => l.instruction.keyword === 'RUN' && inAll(instructionKey(l.instruction)));
    if (later && ranIn(instructionKey(later.instruction)) >= ran)
      hints.push({
        early: early.instruction,
        later: later.instruction,
        size: early.entry.size,
        builds: builds.length,
        ran,
      });
  });
  return hints;
}
