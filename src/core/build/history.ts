// The last builds (tag, Dockerfile, duration, result, steps cached), newest first, kept in the workspace state.
import type { BuildForm } from './buildForm';

export const buildResults = ['succeeded', 'failed', 'cancelled'] as const;
export type BuildResult = (typeof buildResults)[number];

export interface BuildRecord {
  /** ms since the epoch */
  at: number;
  form: BuildForm;
  result: BuildResult;
  durationMs: number;
  stepsCached: number;
  steps: number;
  builder: string;
  imageId?: string;
  error?: string;
  /** each Dockerfile step: its line (0-based), instruction text, and whether it came from cache */
  stepLines?: { line: number; key: string; cached: boolean; seconds?: number }[];
}

export const historyLimit = 30;

/** The history with `rec` added first; older entries beyond the limit drop off. */
export function addBuild(history: readonly BuildRecord[], rec: BuildRecord): BuildRecord[] {
  return [rec, ...history].slice(0, historyLimit);
}

/** Reads a stored history defensively: anything malformed is left out. */
export function readHistory(stored: unknown): BuildRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (r): r is BuildRecord =>
      !!r &&
      typeof r === 'object' &&
      typeof (r as BuildRecord).at === 'number' &&
      buildResults.includes((r as BuildRecord).result) &&
      typeof (r as BuildRecord).form?.dockerfile === 'string' &&
      Array.isArray((r as BuildRecord).form?.tags),
  );
}

/** "app:1 · 4.2 s · 3/5 cached" */
export function describeBuild(r: BuildRecord): { label: string; detail: string } {
  const secs = r.durationMs >= 10_000 ? Math.round(r.durationMs / 1000) : Math.round(r.durationMs / 100) / 10;
  return {
    label: `${r.result === 'succeeded' ? '$(pass)' : r.result === 'failed' ? '$(error)' : '$(circle-slash)'} ${
      r.form.tags[0] ?? r.imageId?.slice(7, 19) ?? '(untagged)'
    }`,
    detail: `${r.result} · ${secs} s · ${r.stepsCached}/${r.steps} steps cached · ${r.builder}${
      r.error ? ` · ${r.error.slice(0, 120)}` : ''
    }`,
  };
}
