// Runs compose argv: in an output channel with progress and the exit status, or in a terminal for follow mode.
import { composeFailureMessage } from '../../core/messages/composeFailure';
import * as vscode from 'vscode';
import {
  composeArgv,
  detectComposeCli,
  type ComposeCli,
  type ComposeProject,
  type ComposeVerb,
  type VerbOptions,
} from '../../core/compose/cli';
import { runCompose, type RunResult } from '../../core/compose/run';
import { cliEnv, cliEnvChanges } from '../../core/commands/dockerCli';
import type { ResolvedEndpoint } from '../../core/engine/types';

const t = vscode.l10n.t;

/** One finished `run`: what the output channel showed, for the extension-host tests. */
export interface ComposeRun {
  project: string;
  verb: ComposeVerb;
  result: RunResult;
}

export class ComposeRunner implements vscode.Disposable {
  private cli?: Promise<ComposeCli | undefined>;
  readonly channel = vscode.window.createOutputChannel('Stevedore Compose');
  private readonly ran = new vscode.EventEmitter<ComposeRun>();
  readonly onDidRun = this.ran.event;

  /** `endpoint`: this window's engine, which every compose run targets (not the CLI's current context). */
  constructor(private readonly endpoint: () => Pick<ResolvedEndpoint, 'host' | 'context' | 'source'>) {}

  /** The environment of a compose process: this window's engine. */
  env(): NodeJS.ProcessEnv {
    return cliEnv(this.endpoint());
  }

  /** `docker compose` (v2) or `docker-compose` (v1); detected once, again after a failure. */
  async composeCli(): Promise<ComposeCli> {
    this.cli ??= detectComposeCli();
    const cli = await this.cli;
    if (!cli) {
      this.cli = undefined;
      throw new Error(
        t(
          'Neither `docker compose` nor `docker-compose` was found on PATH. Install the Docker Compose plugin or docker-compose.',
        ),
      );
    }
    return cli;
  }

  /** Runs to completion with a progress notification (cancellable) and reports the exit status. */
  async run(project: ComposeProject, verb: ComposeVerb, o: VerbOptions = {}, title?: string): Promise<RunResult> {
    const cli = await this.composeCli();
    const argv = composeArgv(cli, project, verb, o);
    this.channel.appendLine(`$ ${[cli.command, ...argv].map(quoteForDisplay).join(' ')}`);
    this.channel.show(true);
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: title ?? t('Compose {0} ({1})', verb, project.name),
        cancellable: true,
      },
      (_p, token) => {
        const ac = new AbortController();
        token.onCancellationRequested(() => ac.abort());
        return runCompose(cli, argv, {
          cwd: project.cwd,
          env: this.env(),
          signal: ac.signal,
          onStdout: (c) => this.channel.append(c),
          onStderr: (c) => this.channel.append(c),
        });
      },
    );
    this.channel.appendLine(
      result.code === 0
        ? t('✓ exit status 0')
        : t('✗ exit status {0}{1}', result.code, result.error ? ` (${result.error})` : ''),
    );
    if (result.code !== 0) {
      const why = composeFailureMessage(verb, result.code, result.stderr || result.stdout);
      void vscode.window
        .showErrorMessage(result.error ? `${why} (${result.error})` : why, t('Show Output'))
        .then((a) => {
          if (a) this.channel.show();
        });
    }
    this.ran.fire({ project: project.name, verb, result });
    return result;
  }

  /** Long-running (logs -f): a terminal running the CLI directly with an argv, no shell. */
  async terminal(project: ComposeProject, verb: ComposeVerb, o: VerbOptions, name: string): Promise<vscode.Terminal> {
    const cli = await this.composeCli();
    const term = vscode.window.createTerminal({
      name,
      shellPath: cli.command,
      shellArgs: composeArgv(cli, project, verb, o),
      cwd: project.cwd,
      env: cliEnvChanges(this.endpoint()),
      isTransient: true,
    });
    term.show();
    return term;
  }

  dispose(): void {
    this.ran.dispose();
    this.channel.dispose();
  }
}

function quoteForDisplay(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
