import * as vscode from 'vscode';
import {
  createEngine,
  createEngineMonitor,
  createFailedEngine,
  createMonitorHub,
  engineLabel,
  resolveEndpoint,
  toEngineError,
  type Engine,
  type MonitorHub,
} from '../core/engine/index';
import { createStatsHub, type StatsHub } from '../core/engine/statsHub';

/** Settings and state keys of the engine connection. */
export const ENGINE_HOST_SETTING = 'stevedore.engine.host';
export const ENGINE_CONTEXT_SETTING = 'stevedore.engine.context';
/** workspaceState key: the context picked for this window (never written to the Docker CLI's config) */
export const WINDOW_CONTEXT_STATE = 'stevedore.engine.windowContext';

/** Everything the shell's parts share; built once in activate() and passed down (no mutable globals). */
export interface Services {
  readonly context: vscode.ExtensionContext;
  /** the 'Stevedore' log channel */
  readonly output: vscode.LogOutputChannel;
  /** The current engine. Replaced when this window switches context or the engine settings change: read it at use time. */
  readonly engine: Engine;
  /** Health and events of the current engine. Stable across engine switches: subscribe once. */
  readonly monitor: MonitorHub;
  /** Container stats streams, one per container, shared by its stats panel and the Containers view's descriptions. */
  readonly stats: StatsHub;
  /** Fires after `engine` was replaced (the previous one is already disposed). */
  readonly onDidChangeEngine: vscode.Event<Engine>;
  /** The context picked for this window, if any ('' / undefined: follow Docker's own resolution). */
  readonly windowContext: string | undefined;
  /** Target another context in this window only (undefined: follow Docker's resolution), then reconnect. */
  setWindowContext(name: string | undefined): Promise<void>;
  /** Re-resolve the endpoint (contexts or settings may have changed) and connect again now. */
  reconnect(): Promise<void>;
}

export async function createServices(context: vscode.ExtensionContext): Promise<Services> {
  const output = vscode.window.createOutputChannel('Stevedore', { log: true });
  const changed = new vscode.EventEmitter<Engine>();
  const monitor = createMonitorHub();
  let engine: Engine | undefined;

  // state '' = the user chose "follow Docker" in this window, overriding the workspace setting
  const windowContext = (): string | undefined => {
    const picked = context.workspaceState.get<string>(WINDOW_CONTEXT_STATE);
    return (picked ?? vscode.workspace.getConfiguration().get<string>(ENGINE_CONTEXT_SETTING)) || undefined;
  };

  let resolvedKey: string | undefined;

  /** Re-resolve; a new endpoint gets a new engine (and onDidChangeEngine), the same one just reconnects now. */
  async function connect(): Promise<void> {
    const cfg = vscode.workspace.getConfiguration();
    let next: Engine;
    try {
      const ep = await resolveEndpoint({
        setting: cfg.get<string>(ENGINE_HOST_SETTING) || undefined,
        context: windowContext(),
        contextReason: 'chosen for this window',
      });
      const key = JSON.stringify(ep);
      if (engine && key === resolvedKey) {
        monitor.retry();
        return;
      }
      resolvedKey = key;
      next = createEngine(ep);
      output.info(`engine endpoint ${ep.host} (${ep.reason})`);
    } catch (e) {
      const err = toEngineError(e, '');
      output.error(`cannot resolve the Docker endpoint: ${err.message}`);
      resolvedKey = undefined;
      next = createFailedEngine(err, { context: windowContext() });
    }
    const prev = engine;
    engine = next;
    monitor.attach(createEngineMonitor(next));
    prev?.dispose();
    if (prev) changed.fire(next);
  }

  await connect();
  // one line per change, not one per retry while the engine stays down
  let lastLogged = '';
  const logHealth = monitor.onHealth((h) => {
    const line =
      h.state === 'unreachable'
        ? `engine unreachable: ${h.reason}`
        : h.state === 'connected'
          ? `connected: ${engineLabel(h.version)}`
          : '';
    if (!line || line === lastLogged) return;
    lastLogged = line;
    if (h.state === 'unreachable') output.warn(line);
    else output.info(line);
  });
  const stats = createStatsHub(() => {
    if (!engine) throw new Error('engine not initialised');
    return engine;
  });
  context.subscriptions.push(
    output,
    changed,
    monitor,
    logHealth,
    stats,
    { dispose: () => engine?.dispose() },
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration(ENGINE_CONTEXT_SETTING))
        await context.workspaceState.update(WINDOW_CONTEXT_STATE, undefined);
      if (e.affectsConfiguration(ENGINE_HOST_SETTING) || e.affectsConfiguration(ENGINE_CONTEXT_SETTING))
        await connect();
    }),
  );

  return {
    context,
    output,
    get engine(): Engine {
      if (!engine) throw new Error('engine not initialised');
      return engine;
    },
    monitor,
    stats,
    onDidChangeEngine: changed.event,
    get windowContext() {
      return windowContext();
    },
    async setWindowContext(name) {
      await context.workspaceState.update(WINDOW_CONTEXT_STATE, name ?? '');
      await connect();
    },
    reconnect: connect,
  };
}
