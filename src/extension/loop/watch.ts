// Compose watch in the editor: a compose file's `develop.watch` (or `x-develop.watch`, for compose v1) rules,
// applied on save and on file changes under the rules' paths. One watch per compose file; each action is
// written to the 'Stevedore Watch' channel and the status bar says what is watched.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { actionsFor } from '../../core/engine/actions';
import { applyWatchPlan } from '../../core/watch/apply';
import { matchRule, planWatch } from '../../core/watch/plan';
import { watchRules, type WatchRule } from '../../core/watch/rules';
import type { ComposeRunner } from '../compose/runner';
import { targetForFile } from '../compose/target';
import type { Services } from '../services';

const t = vscode.l10n.t;
const DEBOUNCE_MS = 200;

interface Session {
  file: string;
  project: string;
  rules: WatchRule[];
  pending: Set<string>;
  timer?: NodeJS.Timeout;
  running: Promise<void>;
  disposables: vscode.Disposable[];
}

export class ComposeWatch implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Stevedore Watch');
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 40);
  private readonly sessions = new Map<string, Session>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** fires when a watch starts or stops */
  readonly onDidChange = this.changed.event;
  /** lines written to the channel, for extension-host tests */
  readonly lines: string[] = [];

  constructor(
    private readonly services: Services,
    private readonly runner: ComposeRunner,
  ) {}

  isWatching(file: string): boolean {
    return this.sessions.has(file);
  }

  private log(line: string): void {
    const stamped = `[${new Date().toLocaleTimeString()}] ${line}`;
    this.lines.push(line);
    this.channel.appendLine(stamped);
    this.status.tooltip = stamped;
  }

  /** Starts watching `file`; false (with the reason shown) when it has no usable rules. */
  start(file: string): boolean {
    if (this.sessions.has(file)) return true;
    const text = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file)?.getText();
    const target = targetForFile(file);
    const { rules, problems } = watchRules(text ?? readFileSync(file, 'utf8'), path.dirname(file));
    for (const p of problems) this.log(`${path.basename(file)}: ${p}`);
    if (!rules.length) {
      void vscode.window.showErrorMessage(
        t(
          '{0} has no usable develop.watch rules. Add `develop: watch:` (or `x-develop:` for docker-compose v1) to a service, with action sync, sync+restart or rebuild.',
          path.basename(file),
        ),
      );
      return false;
    }
    const s: Session = {
      file,
      project: target.project.name,
      rules,
      pending: new Set(),
      running: Promise.resolve(),
      disposables: [],
    };
    const touch = (uri: vscode.Uri) => {
      if (uri.scheme !== 'file' || !rules.some((r) => matchRule(r, uri.fsPath) !== undefined)) return;
      s.pending.add(uri.fsPath);
      clearTimeout(s.timer);
      s.timer = setTimeout(() => this.flush(s), DEBOUNCE_MS);
    };
    for (const dir of new Set(rules.map((r) => r.path))) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), '**'));
      s.disposables.push(w, w.onDidChange(touch), w.onDidCreate(touch), w.onDidDelete(touch));
      const single = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(vscode.Uri.file(path.dirname(dir)), path.basename(dir)),
      );
      s.disposables.push(single, single.onDidChange(touch), single.onDidCreate(touch), single.onDidDelete(touch));
    }
    s.disposables.push(vscode.workspace.onDidSaveTextDocument((d) => touch(d.uri)));
    this.sessions.set(file, s);
    this.log(`watching ${s.project} (${rules.length} rule(s) from ${file})`);
    this.update();
    return true;
  }

  private flush(s: Session): void {
    s.timer = undefined;
    const files = [...s.pending];
    s.pending.clear();
    const steps = planWatch(s.rules, files);
    if (!steps.length) return;
    s.running = s.running.then(async () => {
      this.status.text = `$(sync~spin) ${t('watch: {0}', s.project)}`;
      const failed = await applyWatchPlan(steps, {
        engine: this.services.engine,
        actions: actionsFor(this.services.engine),
        project: s.project,
        log: (l) => this.log(l),
        rebuild: async (service) => {
          const r = await this.runner.run(targetForFile(s.file).project, 'up', { build: true, services: [service] });
          if (r.code !== 0) throw new Error(t('compose up --build {0} exited with {1}', service, r.code));
        },
      });
      if (failed) this.channel.show(true);
      this.update();
    });
  }

  /** Resolves once queued actions are done (tests). */
  async idle(file: string): Promise<void> {
    const s = this.sessions.get(file);
    while (s && (s.pending.size || s.timer)) await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
    await s?.running;
  }

  stop(file?: string): void {
    for (const [f, s] of this.sessions) {
      if (file && f !== file) continue;
      clearTimeout(s.timer);
      for (const d of s.disposables) d.dispose();
      this.sessions.delete(f);
      this.log(`stopped watching ${s.project}`);
    }
    this.update();
  }

  private update(): void {
    const names = [...this.sessions.values()].map((s) => s.project);
    void vscode.commands.executeCommand('setContext', 'stevedore.watching', names.length > 0);
    if (names.length) {
      this.status.text = `$(eye) ${t('watch: {0}', names.join(', '))}`;
      this.status.command = 'stevedore.watch.stop';
      this.status.show();
    } else this.status.hide();
    this.changed.fire();
  }

  dispose(): void {
    this.stop();
    this.status.dispose();
    this.channel.dispose();
    this.changed.dispose();
  }
}
