// Debounced, staged linting per document: offline findings are published at once, engine findings
// when they arrive (only if the document has not changed meanwhile).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { familyFor, loadFamily } from '../core/lint';
import type { EngineFacts, LintSettings } from '../core/lint/types';

export interface DiagnosticsHost {
  settingsFor(doc: TextDocument): Promise<{ settings: LintSettings; enabled: boolean; debounceMs: number }>;
  facts(): EngineFacts | undefined;
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** latest diagnostics per uri, for code actions (fix all) */
  readonly latest = new Map<string, Diagnostic[]>();

  constructor(private readonly host: DiagnosticsHost, private readonly current: (uri: string) => TextDocument | undefined) {}

  schedule(doc: TextDocument, immediate = false): void {
    const prev = this.timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    const run = () => { this.timers.delete(doc.uri); void this.lint(doc.uri); };
    if (immediate) { run(); return; }
    void this.host.settingsFor(doc).then(({ debounceMs }) => {
      if (this.timers.get(doc.uri) !== undefined) clearTimeout(this.timers.get(doc.uri));
      this.timers.set(doc.uri, setTimeout(run, debounceMs));
    });
  }

  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.latest.delete(uri);
    this.host.publish(uri, 0, []);
  }

  async lint(uri: string): Promise<void> {
    const doc = this.current(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const { settings, enabled } = await this.host.settingsFor(doc);
      if (!enabled) { this.set(uri, version, []); return; }
      const family = await loadFamily(familyFor(doc.uri, doc.languageId));
      const facts = settings.engineChecks ? this.host.facts() : undefined;
      if (family.validateStaged) {
        const staged = family.validateStaged(doc, settings, facts);
        this.set(uri, version, staged.diagnostics);
        if (staged.later) this.later(uri, version, staged.later);
      } else {
        this.set(uri, version, await family.validate(doc, settings, undefined));
        if (facts) this.later(uri, version, family.validate(doc, settings, facts));
      }
    } catch (e) {
      this.host.log(`lint failed for ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  private later(uri: string, version: number, p: Promise<Diagnostic[]>): void {
    p.then((d) => { if (this.current(uri)?.version === version) this.set(uri, version, d); },
      (e: unknown) => this.host.log(`engine checks failed for ${uri}: ${String(e)}`));
  }

  private set(uri: string, version: number, diagnostics: Diagnostic[]): void {
    if (this.current(uri)?.version !== version) return;
    this.latest.set(uri, diagnostics);
    this.host.publish(uri, version, diagnostics);
  }
}
