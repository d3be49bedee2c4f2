// Debounced, staged linting per document: offline findings are published at once, engine findings
// when they arrive (only if the document has not changed meanwhile).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { familyFor, loadFamily } from '../core/lint';
import type { EngineFacts, LintSettings } from '../core/lint/types';
import { isLarge, quickSettings, withLargeFileNotice } from './largeFile';

export interface DiagnosticsHost {
  settingsFor(doc: TextDocument): Promise<{ settings: LintSettings; enabled: boolean; debounceMs: number }>;
  facts(): EngineFacts | undefined;
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

/** The longest a lint waits for typing to pause, however slow the document's last lint was. */
export const MAX_ADAPTIVE_DEBOUNCE_MS = 5000;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** latest diagnostics per uri, for code actions (fix all) */
  readonly latest = new Map<string, Diagnostic[]>();
  /** how long each document's last lint kept the server busy (its offline stage), in ms */
  private readonly cost = new Map<string, number>();

  constructor(
    private readonly host: DiagnosticsHost,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * The pause in typing a lint waits for: the configured debounce, or twice the document's last lint when that is
   * longer (at most MAX_ADAPTIVE_DEBOUNCE_MS). A document that takes seconds to lint (a 2 MB Dockerfile) is then
   * not re-linted at every short pause, which would keep hover, completion and the other documents waiting.
   */
  debounceFor(uri: string, debounceMs: number): number {
    return Math.max(debounceMs, Math.min(MAX_ADAPTIVE_DEBOUNCE_MS, 2 * (this.cost.get(uri) ?? 0)));
  }

  schedule(doc: TextDocument, immediate = false): void {
    const prev = this.timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    const run = () => {
      this.timers.delete(doc.uri);
      void this.lint(doc.uri);
    };
    if (immediate) {
      run();
      return;
    }
    void this.host.settingsFor(doc).then(({ debounceMs }) => {
      if (this.timers.get(doc.uri) !== undefined) clearTimeout(this.timers.get(doc.uri));
      this.timers.set(doc.uri, setTimeout(run, this.debounceFor(doc.uri, debounceMs)));
    });
  }

  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.latest.delete(uri);
    this.cost.delete(uri);
    this.host.publish(uri, 0, []);
  }

  async lint(uri: string): Promise<void> {
    const doc = this.current(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const { settings: configured, enabled } = await this.host.settingsFor(doc);
      if (!enabled) {
        this.set(uri, version, []);
        return;
      }
      // superseded while the settings were fetched: the newer version's lint is scheduled already
      if (this.current(uri)?.version !== version) return;
      const family = await loadFamily(familyFor(doc.uri, doc.languageId));
      const large = isLarge(doc.getText());
      const settings = large
        ? quickSettings(
            configured,
            family.rules.map((r) => r.id),
          )
        : configured;
      const facts = settings.engineChecks ? this.host.facts() : undefined;
      const start = this.now();
      if (family.validateStaged) {
        const staged = family.validateStaged(doc, settings, facts);
        this.cost.set(uri, this.now() - start);
        this.set(uri, version, staged.diagnostics);
        if (staged.later) this.later(uri, version, staged.later, staged.diagnostics);
      } else {
        const offline = await family.validate(doc, settings, undefined);
        this.cost.set(uri, this.now() - start);
        this.set(uri, version, offline);
        if (facts) this.later(uri, version, family.validate(doc, settings, facts));
      }
    } catch (e) {
      this.host.log(`lint failed for ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  /** Publishes the engine stage's list, unless it is the offline list again (`published`: thousands, sent twice). */
  private later(uri: string, version: number, p: Promise<Diagnostic[]>, published?: Diagnostic[]): void {
    p.then(
      (d) => {
        if (d !== published && this.current(uri)?.version === version) this.set(uri, version, d);
      },
      (e: unknown) => this.host.log(`engine checks failed for ${uri}: ${String(e)}`),
    );
  }

  private set(uri: string, version: number, found: Diagnostic[]): void {
    const doc = this.current(uri);
    if (doc?.version !== version) return;
    const diagnostics = isLarge(doc.getText()) ? withLargeFileNotice(found, doc.getText().length) : found;
    this.latest.set(uri, diagnostics);
    this.host.publish(uri, version, diagnostics);
  }
}
