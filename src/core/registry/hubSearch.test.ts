import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveSearch, searchRows, searchTerm, SearchTimeoutError, type SearchState } from './hubSearch';

describe('Search Docker Hub as you type (unit)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A search whose answers the test releases by term; it records what was asked and what was cancelled. */
  function harness(opts = {}) {
    const asked: string[] = [];
    const cancelled: string[] = [];
    const pending = new Map<string, { resolve: (v: string[]) => void; reject: (e: unknown) => void }>();
    const states: string[] = [];
    const search = new LiveSearch<string[]>(
      (term, signal) => {
        asked.push(term);
        signal.addEventListener('abort', () => cancelled.push(term));
        return new Promise((resolve, reject) => pending.set(term, { resolve, reject }));
      },
      (s: SearchState<string[]>) =>
        states.push(
          s.state === 'done'
            ? `done ${s.term}: ${s.value.join(',')}`
            : s.state === 'failed'
              ? `failed ${s.term}: ${String(s.error)}`
              : s.state === 'searching'
                ? `searching ${s.term}`
                : 'idle',
        ),
      opts,
    );
    const answer = (term: string) => {
      const p = pending.get(term);
      if (!p) throw new Error(`"${term}" was not asked`);
      return p;
    };
    return { search, asked, cancelled, answer, states };
  }

  it('typing quickly asks once, for the last term', async () => {
    const h = harness();
    for (const v of ['b', 'bu', 'bus', 'busy']) {
      h.search.update(v);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(h.asked).toEqual(['busy']);
    h.answer('busy').resolve(['busybox']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states).toEqual(['searching busy', 'done busy: busybox']);
  });

  it('a newer term cancels the older request and its late answer is dropped', async () => {
    const h = harness();
    h.search.update('nginx');
    await vi.advanceTimersByTimeAsync(300);
    h.search.update('nginx-unprivileged');
    await vi.advanceTimersByTimeAsync(300);
    h.answer('nginx').resolve(['stale']);
    h.answer('nginx-unprivileged').resolve(['fresh']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.cancelled).toEqual(['nginx']);
    expect(h.states).toEqual(['searching nginx', 'searching nginx-unprivileged', 'done nginx-unprivileged: fresh']);
  });

  it('a failure is reported once; the same term is not asked again until Retry', async () => {
    const h = harness();
    h.search.update('redis');
    await vi.advanceTimersByTimeAsync(300);
    h.answer('redis').reject(new Error('Docker Hub is not reachable'));
    await vi.advanceTimersByTimeAsync(0);
    h.search.update('redis ');
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.asked).toEqual(['redis']);
    h.search.update('redis', true);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.asked).toEqual(['redis', 'redis']);
    expect(h.states).toEqual([
      'searching redis',
      'failed redis: Error: Docker Hub is not reachable',
      'searching redis',
    ]);
  });

  it('a search that never answers fails at its time limit, even one that ignores its signal', async () => {
    const h = harness({ timeoutMs: 5000 });
    h.search.update('postgres');
    await vi.advanceTimersByTimeAsync(300 + 5000);
    expect(h.states).toEqual(['searching postgres', 'failed postgres: SearchTimeoutError: no answer in 5 s']);
    expect(h.cancelled).toEqual(['postgres']);
  });

  it('clearing the input or closing the picker cancels what runs', async () => {
    const h = harness();
    h.search.update('alpine');
    await vi.advanceTimersByTimeAsync(300);
    h.search.update('');
    h.search.update('alpine');
    await vi.advanceTimersByTimeAsync(300);
    h.search.dispose();
    expect(h.cancelled).toEqual(['alpine', 'alpine']);
    expect(new SearchTimeoutError(20000).message).toBe('no answer in 20 s');
  });

  it.each([
    ['  nginx ', 'nginx'],
    ['n', undefined],
    ['', undefined],
    ['a\u0000b', undefined],
    ['x'.repeat(256), undefined],
  ])('term %j → %j', (v, term) => expect(searchTerm(v)).toBe(term));

  it('rows show stars and the official badge, in Hub’s order', () => {
    expect(
      searchRows([
        { name: 'nginx', description: 'Official build of Nginx.', stars: 20631, official: true, automated: false },
        { name: 'bitnami/nginx', description: '', stars: 191, official: false, automated: true },
      ]),
    ).toEqual([
      { label: 'nginx', description: '★ 20,631 · official', detail: 'Official build of Nginx.', name: 'nginx' },
      { label: 'bitnami/nginx', description: '★ 191', detail: '', name: 'bitnami/nginx' },
    ]);
  });
});
