// The log view: one webview per container, following by name (re-attaches after a restart and says so),
// with stdout/stderr distinguished, ANSI colours rendered, and memory bounded (src/core/commands/logViewModel).
import * as vscode from 'vscode';
import { stripAnsiCodes } from '../../core/commands/ansi';
import { LogViewModel } from '../../core/commands/logViewModel';
import { actionsFor } from '../../core/engine/actions';
import { endNotice, noOutputNotice } from '../../core/messages/logView';
import type { LogChunk, LogOptions } from '../../core/engine/actionsTypes';
import type { Services } from '../services';
import { webviewHtml } from './webview';

const t = vscode.l10n.t;
const flushMs = 100;
const domLines = 20_000;
const ranges = [
  { id: 'tail', label: t('Last lines (setting)') },
  { id: 'tail100', label: t('Last 100 lines') },
  { id: 'since10m', label: t('Last 10 minutes'), within: t('in the last 10 minutes') },
  { id: 'since1h', label: t('Last hour'), within: t('in the last hour') },
  { id: 'since24h', label: t('Last 24 hours'), within: t('in the last 24 hours') },
  { id: 'all', label: t('Everything') },
] as const;
type RangeId = (typeof ranges)[number]['id'];

/** tail/since for the engine: since is a unix time (the API takes no durations). */
function rangeQuery(id: RangeId, tailSetting: number): { tail?: number | 'all'; since?: number } {
  const now = Math.floor(Date.now() / 1000);
  switch (id) {
    case 'tail':
      return { tail: tailSetting > 0 ? tailSetting : 'all' };
    case 'tail100':
      return { tail: 100 };
    case 'since10m':
      return { since: now - 600 };
    case 'since1h':
      return { since: now - 3600 };
    case 'since24h':
      return { since: now - 86400 };
    case 'all':
      return { tail: 'all' };
  }
}

/** Where a log view reads from other than a container by name (a swarm service: all its tasks). */
export interface LogSource {
  read(opts: LogOptions & { signal: AbortSignal }): AsyncIterable<LogChunk>;
}

/** The open log views of this window, one per container name (or source key). */
export class LogViews {
  private readonly open = new Map<string, LogView>();

  constructor(private readonly services: Services) {
    // the window switched engine (context): follow the container of that name there
    services.context.subscriptions.push(
      services.onDidChangeEngine(() => {
        for (const v of this.open.values()) v.restart();
      }),
    );
  }

  /** plain text of an open log view (extension-host tests), undefined when none is open */
  lines(name: string): string[] | undefined {
    return this.open.get(name)?.model.text();
  }

  show(name: string, source?: LogSource): LogView {
    const existing = this.open.get(name);
    if (existing) {
      existing.reveal();
      return existing;
    }
    const view = new LogView(this.services, name, () => this.open.delete(name), source);
    this.open.set(name, view);
    return view;
  }
}

export class LogView {
  readonly model: LogViewModel;
  private readonly panel: vscode.WebviewPanel;
  private timer?: NodeJS.Timeout;
  private abort?: AbortController;
  private follow = true;
  private timestamps: boolean;
  private range: RangeId = 'tail';

  constructor(
    private readonly services: Services,
    readonly name: string,
    onDispose: () => void,
    private readonly source?: LogSource,
  ) {
    const cfg = vscode.workspace.getConfiguration('stevedore');
    this.model = new LogViewModel(Math.max(1, cfg.get<number>('logs.bufferSizeMB', 8)) * 1024 * 1024, domLines);
    this.timestamps = cfg.get<boolean>('logs.timestamps', false);
    const media = vscode.Uri.joinPath(services.context.extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel('stevedore.logs', t('Logs: {0}', name), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      retainContextWhenHidden: true,
      localResourceRoots: [media],
    });
    this.panel.webview.html = webviewHtml(this.panel.webview, services.context.extensionUri, {
      title: name,
      script: 'logs.js',
      css: 'logs.css',
      bodyAttrs: `data-max-lines="${domLines}"`,
      body: `<div id="toolbar"><label><input type="checkbox" id="follow" checked> ${t('Follow')}</label>
<label><input type="checkbox" id="timestamps"> ${t('Timestamps')}</label>
<label><input type="checkbox" id="stderrOnly"> ${t('Only stderr')}</label>
<select id="range" title="${t('How much of the existing log to show')}">${ranges.map((r) => `<option value="${r.id}"${r.id === 'tail' ? ' selected' : ''}>${r.label}</option>`).join('')}</select>
<button id="find">${t('Search')}</button><button id="copy">${t('Copy All')}</button><button id="clear">${t('Clear')}</button>
<span id="status"></span></div><div id="lines"></div>`,
    });
    this.panel.webview.onDidReceiveMessage((m: { type: string; value?: boolean | string }) => this.onMessage(m));
    this.panel.onDidDispose(() => {
      this.abort?.abort();
      clearTimeout(this.timer);
      onDispose();
    });
  }

  reveal(): void {
    this.panel.reveal();
  }

  restart(): void {
    this.start();
  }

  private onMessage(m: { type: string; value?: boolean | string }): void {
    switch (m.type) {
      case 'ready':
        this.start();
        break;
      case 'follow':
        this.follow = !!m.value;
        this.start();
        break;
      case 'timestamps':
        this.timestamps = !!m.value;
        this.start();
        break;
      case 'range':
        this.range = ranges.some((r) => r.id === m.value) ? (m.value as RangeId) : 'tail';
        this.start();
        break;
      case 'clear':
        this.model.clear();
        void this.panel.webview.postMessage({ type: 'reset', lines: [] });
        break;
      case 'copy':
        void vscode.env.clipboard.writeText(
          this.model.buffer
            .toArray()
            .map((l) => stripAnsiCodes(l.text))
            .join('\n'),
        );
        void vscode.window.showInformationMessage(t('Copied {0} log lines.', this.model.buffer.size));
        break;
      case 'find':
        void vscode.commands.executeCommand('editor.action.webvieweditor.showFind');
        break;
    }
  }

  private scheduleFlush(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.model.hasPending)
        void this.panel.webview.postMessage({ type: 'append', lines: this.model.takePending() });
    }, flushMs);
  }

  private setStatus(text: string): void {
    void this.panel.webview.postMessage({
      type: 'state',
      follow: this.follow,
      timestamps: this.timestamps,
      status: text,
    });
  }

  /** (Re)start reading: clears the view and reads the chosen range, following when asked. */
  private start(): void {
    this.abort?.abort();
    const ac = new AbortController();
    this.abort = ac;
    this.model.clear();
    void this.panel.webview.postMessage({ type: 'reset', lines: [] });
    const { tail, since } = rangeQuery(
      this.range,
      vscode.workspace.getConfiguration('stevedore').get<number>('logs.tail', 1000),
    );
    const engine = this.services.engine;
    const m = this.model;
    const within = ranges.find((r) => r.id === this.range && 'within' in r) as { within: string } | undefined;
    this.setStatus(this.follow ? t('following') : '');
    void (async () => {
      try {
        if (this.source) {
          const opts = { tail, since, timestamps: this.timestamps, follow: this.follow, signal: ac.signal };
          for await (const c of this.source.read(opts)) {
            m.write(c.stream, c.data);
            this.scheduleFlush();
          }
          m.flushPartial();
          this.scheduleFlush();
          if (!ac.signal.aborted) this.setStatus(this.follow ? t('the stream ended') : t('not following'));
          return;
        }
        if (!this.follow) {
          let any = false;
          for await (const c of actionsFor(engine).containerLogs(this.name, {
            tail,
            since,
            timestamps: this.timestamps,
            signal: ac.signal,
          })) {
            any = true;
            m.write(c.stream, c.data);
            this.scheduleFlush();
          }
          m.flushPartial();
          if (!any && !ac.signal.aborted) m.notice(noOutputNotice(this.name, false, within?.within));
          this.scheduleFlush();
          if (!ac.signal.aborted) this.setStatus(t('not following'));
          return;
        }
        // one line asked first: a container that has written nothing says so instead of an empty page
        let any = false;
        for await (const chunk of actionsFor(engine).containerLogs(this.name, { tail: 1, since, signal: ac.signal })) {
          any = chunk.data.length > 0;
          break;
        }
        if (ac.signal.aborted) return;
        if (!any) {
          m.notice(noOutputNotice(this.name, true, within?.within));
          this.scheduleFlush();
        }
        for await (const e of actionsFor(engine).followLogsSession(this.name, {
          tail,
          since,
          timestamps: this.timestamps,
          signal: ac.signal,
        })) {
          if (e.type === 'chunk') m.write(e.stream, e.data);
          else if (e.type === 'engineLost') {
            m.flushPartial();
            m.notice(t('— the Docker engine is not answering ({0}); waiting for it —', e.reason));
            this.setStatus(t('waiting for the engine'));
          } else if (e.type === 'engineBack') {
            m.notice(t('— the Docker engine is back; following again —'));
            this.setStatus(t('following'));
          } else if (e.type === 'stopped') {
            m.flushPartial();
            const end = endNotice(this.name, e.removed);
            m.notice(t(end.notice));
            this.setStatus(t(end.status));
          } else {
            m.notice(t('— {0} started again (container {1}); re-attached —', this.name, e.id.slice(0, 12)));
            this.setStatus(t('following (re-attached)'));
          }
          this.scheduleFlush();
        }
      } catch (err) {
        if (ac.signal.aborted) return;
        m.flushPartial();
        m.notice(t('— logs unavailable: {0} —', err instanceof Error ? err.message : String(err)));
        this.scheduleFlush();
        this.setStatus(t('stopped'));
      }
    })();
  }
}
