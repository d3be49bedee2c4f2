// Attach Shell / Attach: a VS Code terminal backed by Engine API exec with a TTY (no docker CLI needed,
// works with remote engines). Execute Command: a one-off exec with history, output in a channel.
import * as vscode from 'vscode';
import { commandArgv } from '../../core/commands/execCommand';
import type { TtySession } from '../../core/engine/actions';
import { actionsFor } from '../../core/engine/actions';
import type { Services } from '../services';
import { single, type TargetOf } from './define';
import type { Registrations } from './registry';
import type { LogViews } from './logs';
import { settleAfterStart, shellNeedsRunning } from '../../core/messages/startOutcome';
import { announceStart, startedNotice } from './startNotice';

const t = vscode.l10n.t;

/** A Pseudoterminal over a TTY session; closes when the process exits. */
export class EngineTerminal implements vscode.Pseudoterminal {
  private readonly write = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.write.event;
  readonly onDidClose = this.closed.event;
  private session?: TtySession;
  private size?: vscode.TerminalDimensions;

  constructor(
    private readonly start: (size?: vscode.TerminalDimensions) => Promise<TtySession>,
    private readonly label: string,
  ) {}

  open(initial: vscode.TerminalDimensions | undefined): void {
    this.size = initial;
    void this.run();
  }

  private async run(): Promise<void> {
    try {
      const session = await this.start(this.size);
      this.session = session;
      if (this.size) await session.resize(this.size.columns, this.size.rows);
      const decoder = new TextDecoder();
      void (async () => {
        try {
          for await (const chunk of session.output) this.write.fire(decoder.decode(chunk, { stream: true }));
        } catch {
          // the stream breaks when the container stops; exited reports it
        }
      })();
      const code = await this.session.exited;
      this.closed.fire(code);
    } catch (e) {
      this.write.fire(
        `\r\n\x1b[31m${t('Could not open {0}: {1}', this.label, e instanceof Error ? e.message : String(e))}\x1b[0m\r\n${t('Press any key to close.')}`,
      );
      this.session = undefined;
    }
  }

  handleInput(data: string): void {
    if (!this.session) {
      this.closed.fire(1);
      return;
    }
    this.session.write(data);
  }

  setDimensions(d: vscode.TerminalDimensions): void {
    this.size = d;
    void this.session?.resize(d.columns, d.rows);
  }

  /** the terminal was closed by the user: end the exec */
  close(): void {
    this.session?.close();
  }
}

export function openShellTerminal(
  services: Services,
  container: { id: string; name: string },
  command?: string[],
): vscode.Terminal {
  const engine = services.engine;
  const preferred = vscode.workspace.getConfiguration('stevedore').get<string>('shell.command', 'bash');
  const pty = new EngineTerminal(async (size) => {
    const shell = command ?? [await actionsFor(engine).pickShell(container.id, preferred)];
    return actionsFor(engine).execTty(container.id, shell, { cols: size?.columns, rows: size?.rows });
  }, container.name);
  const term = vscode.window.createTerminal({
    name: t('Shell: {0}', container.name),
    pty,
    iconPath: new vscode.ThemeIcon('terminal'),
  });
  term.show();
  return term;
}

/** A shell needs a running container: offer to start (or unpause) a stopped one instead of a red terminal. */
async function attachShell(services: Services, logViews: LogViews, c: TargetOf<'container'>): Promise<void> {
  const status = (await services.engine.inspectContainer(c.id)).state.status;
  if (status === 'running') {
    openShellTerminal(services, c);
    return;
  }
  const verb = status === 'paused' ? t('Unpause and Attach Shell') : t('Start and Attach Shell');
  if ((await vscode.window.showWarningMessage(shellNeedsRunning(c.name, status), verb)) !== verb) return;
  const actions = actionsFor(services.engine);
  if (status === 'paused') await actions.unpauseContainer(c.id);
  else await actions.startContainer(c.id);
  const outcome = await settleAfterStart(c.name, () => services.engine.inspectContainer(c.id));
  if (outcome.kind === 'running') openShellTerminal(services, c);
  else void announceStart(services, logViews, { ...startedNotice(services, logViews, c), settled: outcome });
}

const historyKey = 'stevedore.exec.history';

export function shellCommands(
  services: Services,
  logViews: LogViews,
): Registrations<'stevedore.container.attachShell' | 'stevedore.container.attach' | 'stevedore.container.exec'> {
  let channel: vscode.OutputChannel | undefined;
  return {
    'stevedore.container.attachShell': {
      run: async (_ctx, ts) => {
        for (const c of ts as TargetOf<'container'>[]) await attachShell(services, logViews, c);
      },
    },
    'stevedore.container.attach': {
      run: (_ctx, ts) => {
        const c = ts[0] as TargetOf<'container'>;
        const pty = new EngineTerminal(() => actionsFor(services.engine).attachContainer(c.id), c.name);
        vscode.window
          .createTerminal({ name: t('Attached: {0}', c.name), pty, iconPath: new vscode.ThemeIcon('plug') })
          .show();
      },
    },
    'stevedore.container.exec': {
      run: single(async (ctx, c) => {
        const history = ctx.services.context.globalState.get<string[]>(historyKey, []);
        const line = await pickCommand(history, c.name);
        if (!line) return;
        await ctx.services.context.globalState.update(
          historyKey,
          [line, ...history.filter((h) => h !== line)].slice(0, 30),
        );
        const result = await vscode.window.withProgress(
          {
            location: vscode.ProgressLocation.Notification,
            title: t('Running "{0}" in {1}', line, c.name),
            cancellable: true,
          },
          (_p, token) => {
            const ac = new AbortController();
            token.onCancellationRequested(() => ac.abort());
            return actionsFor(ctx.services.engine).execOnce(c.id, commandArgv(line), { signal: ac.signal });
          },
        );
        if (!channel) {
          channel = vscode.window.createOutputChannel('Stevedore: Execute');
          services.context.subscriptions.push(channel);
        }
        channel.appendLine(`$ ${line}    # in ${c.name}`);
        if (result.stdout) channel.append(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
        if (result.stderr)
          channel.append(
            result.stderr
              .split('\n')
              .map((l, i, a) => (i === a.length - 1 && !l ? '' : `[stderr] ${l}\n`))
              .join(''),
          );
        if (result.cancelled) {
          const status = result.cancelled.stopped
            ? t('cancelled; the command was stopped')
            : t('cancelled; the command may still be running in the container ({0})', result.cancelled.reason ?? '');
          channel.appendLine(status);
          channel.appendLine('');
          channel.show(true);
          void (result.cancelled.stopped ? vscode.window.showInformationMessage : vscode.window.showWarningMessage)(
            t('"{0}" in {1}: {2}.', line, c.name, status),
          );
          return;
        }
        channel.appendLine(t('exit code {0}', result.exitCode));
        channel.appendLine('');
        channel.show(true);
        if (result.exitCode !== 0)
          void vscode.window.showWarningMessage(t('"{0}" exited with code {1} in {2}.', line, result.exitCode, c.name));
      }),
    },
  };
}

async function pickCommand(history: string[], name: string): Promise<string | undefined> {
  const qp = vscode.window.createQuickPick();
  qp.title = t('Execute in {0}', name);
  qp.placeholder = t('Command to run, e.g. ls -la /app (previous commands below)');
  const fromHistory = history.map((h) => ({ label: h, description: t('previous') }));
  qp.items = fromHistory;
  qp.onDidChangeValue((v) => {
    qp.items = v && !history.includes(v) ? [{ label: v, description: t('run') }, ...fromHistory] : fromHistory;
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.label ?? (qp.value || undefined));
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
