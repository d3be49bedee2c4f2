import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LINT_SETTINGS } from '../core/lint/types';
import { DiagnosticsScheduler, MAX_ADAPTIVE_DEBOUNCE_MS, type DiagnosticsHost } from './diagnostics';

describe('DiagnosticsScheduler debounce (unit)', () => {
  let doc: TextDocument;
  let published: { version: number; diagnostics: Diagnostic[] }[];
  let lintMs: number;
  let clock: number;
  let scheduler: DiagnosticsScheduler;

  beforeEach(() => {
    vi.useFakeTimers();
    doc = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, 'FROM alpine\nRUN sudo make\n');
    published = [];
    lintMs = 0;
    clock = 0;
    const host: DiagnosticsHost = {
      settingsFor: () =>
        Promise.resolve({
          settings: { ...DEFAULT_LINT_SETTINGS, engineChecks: false },
          enabled: true,
          debounceMs: 200,
        }),
      facts: () => undefined,
      publish: (_uri, version, diagnostics) => {
        published.push({ version, diagnostics });
      },
      log: () => undefined,
    };
    // each reading of the clock moves it on by lintMs: the lint between two readings seems to take that long
    scheduler = new DiagnosticsScheduler(
      host,
      () => doc,
      () => (clock += lintMs),
    );
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const edit = (text: string) => {
    doc = TextDocument.create(doc.uri, 'dockerfile', doc.version + 1, text);
    scheduler.schedule(doc);
  };
  /** lets the real dynamic import of the rule family settle while the fake timers stand still */
  const settle = async (version: number) => {
    for (let i = 0; i < 50 && published.at(-1)?.version !== version; i++)
      await vi.advanceTimersByTimeAsync(0).then(() => new Promise((r) => setImmediate(r)));
  };

  /** an edit, then: no lint for `waitMs - 1` ms, and the edited version linted at `waitMs` */
  const editLintedAfter = async (waitMs: number) => {
    edit('FROM alpine\nRUN make\n');
    await vi.advanceTimersByTimeAsync(waitMs - 1);
    expect(published.at(-1)?.version).toBe(doc.version - 1);
    await vi.advanceTimersByTimeAsync(1);
    await settle(doc.version);
    expect(published.at(-1)?.version).toBe(doc.version);
  };

  it('a quick document is linted once typing pauses for the configured debounce', async () => {
    await scheduler.lint(doc.uri);
    expect(published.at(-1)?.diagnostics.map((d) => d.code)).toContain('no-sudo');
    await editLintedAfter(200);
    expect(published.at(-1)?.diagnostics.map((d) => d.code)).not.toContain('no-sudo');
  });

  it('a document whose lint took 1.5 s waits for a 3 s pause, and never more than the cap', async () => {
    lintMs = 1500;
    await scheduler.lint(doc.uri);
    expect(scheduler.debounceFor(doc.uri, 200)).toBe(3000);
    await editLintedAfter(3000);

    lintMs = 60_000;
    await scheduler.lint(doc.uri);
    expect(scheduler.debounceFor(doc.uri, 200)).toBe(MAX_ADAPTIVE_DEBOUNCE_MS);
    // a configured debounce above the cap still wins; forgetting the document forgets its cost
    expect(scheduler.debounceFor(doc.uri, 8000)).toBe(8000);
    scheduler.forget(doc.uri);
    expect(scheduler.debounceFor(doc.uri, 200)).toBe(200);
  });
});
