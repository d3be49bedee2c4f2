// Search Docker Hub as the user types: a pause in typing starts one search, a newer term cancels the older
// request and its answer is dropped, the same term is not asked twice in a row, and every search has a time limit.
// The rows show star counts and the official badge.
import type { SearchResult } from '../engine/actionsTypes';

export interface SearchRow {
  label: string;
  description: string;
  detail: string;
  /** the repository to pull */
  name: string;
}

/** One quick-pick row per result, in the order Hub ranked them. */
export function searchRows(results: readonly SearchResult[]): SearchRow[] {
  return results.map((r) => ({
    label: r.name,
    description: [`★ ${r.stars.toLocaleString('en-US')}`, r.official ? 'official' : ''].filter(Boolean).join(' · '),
    detail: r.description,
    name: r.name,
  }));
}

/** The term worth searching for: trimmed, at least two characters, no control characters; else undefined. */
export function searchTerm(value: string): string | undefined {
  const v = value.trim();
  return v.length >= 2 && v.length <= 255 && !/[\u0000-\u001f\u007f]/.test(v) ? v : undefined;
}

export type SearchState<T> =
  | { state: 'idle' }
  | { state: 'searching'; term: string }
  | { state: 'done'; term: string; value: T }
  | { state: 'failed'; term: string; error: unknown };

export interface LiveSearchOptions {
  /** pause in typing before a search starts */
  debounceMs?: number;
  /** a search that has not answered by then fails with a TimeoutError */
  timeoutMs?: number;
}

export class SearchTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer in ${timeoutMs / 1000} s`);
    this.name = 'SearchTimeoutError';
  }
}

/** Runs `search` for the latest term only and reports each state change of that term. */
export class LiveSearch<T> {
  private timer?: ReturnType<typeof setTimeout>;
  private current?: AbortController;
  private last?: string;
  private readonly debounceMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly search: (term: string, signal: AbortSignal) => Promise<T>,
    private readonly report: (s: SearchState<T>) => void,
    opts: LiveSearchOptions = {},
  ) {
    this.debounceMs = opts.debounceMs ?? 300;
    this.timeoutMs = opts.timeoutMs ?? 20_000;
  }

  /** The input changed; `force` searches again even for the same term (Retry). */
  update(value: string, force = false): void {
    const term = searchTerm(value);
    if (term === this.last && !force) return;
    clearTimeout(this.timer);
    this.current?.abort();
    this.current = undefined;
    this.last = term;
    if (!term) return this.report({ state: 'idle' });
    this.timer = setTimeout(() => void this.run(term), force ? 0 : this.debounceMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.current?.abort();
  }

  private async run(term: string): Promise<void> {
    const ac = new AbortController();
    this.current = ac;
    const timer = setTimeout(() => ac.abort(new SearchTimeoutError(this.timeoutMs)), this.timeoutMs);
    this.report({ state: 'searching', term });
    try {
      // a search that ignores its signal still ends here when cancelled or out of time
      const stopped = new Promise<never>((_, reject) =>
        ac.signal.addEventListener('abort', () => reject(ac.signal.reason), { once: true }),
      );
      const value = await Promise.race([this.search(term, ac.signal), stopped]);
      if (this.current === ac) this.report({ state: 'done', term, value });
    } catch (e) {
      if (this.current !== ac) return; // replaced by a newer term: its answer is of no interest
      this.report({
        state: 'failed',
        term,
        error: ac.signal.reason instanceof SearchTimeoutError ? ac.signal.reason : e,
      });
    } finally {
      clearTimeout(timer);
      if (this.current === ac) this.current = undefined;
    }
  }
}
