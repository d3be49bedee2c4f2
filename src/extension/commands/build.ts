// Build Image… from a Dockerfile (explorer/editor context menu or palette): asks the tag (remembered per
// Dockerfile), context = the Dockerfile's folder unless configured, output streamed to a channel, cancellable.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { actionsFor, builtImageId } from '../../core/engine/actions';
import type { Services } from '../services';
import { validateReference } from './images';
import type { Registrations } from './registry';

const t = vscode.l10n.t;
const tagKey = (file: string) => `stevedore.build.tag.${file}`;

export function buildCommands(services: Services): Registrations<'stevedore.image.build'> {
  let channel: vscode.OutputChannel | undefined;
  return {
    'stevedore.image.build': {
      run: async (_ctx, _targets, arg) => {
        if (!vscode.workspace.isTrusted)
          throw new Error(t('Building runs the Dockerfile of this workspace; trust the workspace first.'));
        const dockerfile =
          arg instanceof vscode.Uri
            ? arg
            : vscode.window.activeTextEditor?.document.languageId === 'dockerfile'
              ? vscode.window.activeTextEditor.document.uri
              : await pickDockerfile();
        if (!dockerfile) return;
        const folder = vscode.workspace.getWorkspaceFolder(dockerfile);
        const setting = vscode.workspace.getConfiguration('stevedore', dockerfile).get<string>('build.context', '');
        const contextDir =
          setting && folder ? path.resolve(folder.uri.fsPath, setting) : path.dirname(dockerfile.fsPath);
        const state = services.context.workspaceState;
        const suggested =
          state.get<string>(tagKey(dockerfile.fsPath)) ??
          `${path
            .basename(folder?.uri.fsPath ?? contextDir)
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-')}:latest`;
        const tag = await vscode.window.showInputBox({
          title: t('Build {0}: tag', vscode.workspace.asRelativePath(dockerfile)),
          value: suggested,
          validateInput: validateReference,
        });
        if (!tag) return;
        await state.update(tagKey(dockerfile.fsPath), tag);
        await vscode.workspace.saveAll(false);
        if (!channel) {
          channel = vscode.window.createOutputChannel('Stevedore: Build');
          services.context.subscriptions.push(channel);
        }
        channel.clear();
        channel.show(true);
        channel.appendLine(`# build ${tag} from ${dockerfile.fsPath} (context ${contextDir})`);
        let imageId: string | undefined;
        const finished = await vscode.window
          .withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('Building {0}', tag), cancellable: true },
            async (p, token) => {
              const ac = new AbortController();
              token.onCancellationRequested(() => ac.abort());
              for await (const ev of actionsFor(services.engine).buildImage({
                contextDir,
                dockerfile: path.relative(contextDir, dockerfile.fsPath),
                tags: [tag],
                signal: ac.signal,
              })) {
                if (ev.stream) {
                  channel!.append(ev.stream);
                  const step = /^Step (\d+\/\d+)/.exec(ev.stream);
                  if (step) p.report({ message: step[0] });
                }
                imageId = builtImageId(ev) ?? imageId;
              }
              return !ac.signal.aborted;
            },
          )
          .then(undefined, (err: unknown) => {
            // the failing step's message belongs with the rest of the output, not only in a notification
            channel!.appendLine(`# ${err instanceof Error ? err.message : String(err)}`);
            throw err;
          });
        if (!finished) {
          channel.appendLine(t('# cancelled'));
          return;
        }
        channel.appendLine(`# built ${tag}${imageId ? ` (${imageId})` : ''}`);
        const run = t('Run');
        // not awaited: the build is over, and a notification left unanswered would keep the command pending
        void vscode.window.showInformationMessage(t('Built {0}.', tag), run).then(async (answer) => {
          if (answer !== run) return;
          const img = (await services.engine.listImages({ filters: { reference: [tag] } }))[0];
          if (img)
            await vscode.commands.executeCommand('stevedore.image.run', {
              kind: 'image',
              record: img,
              tag,
              id: img.id,
            });
        });
      },
    },
  };
}

async function pickDockerfile(): Promise<vscode.Uri | undefined> {
  const files = await vscode.workspace.findFiles(
    '**/{Dockerfile,Containerfile,*.dockerfile,Dockerfile.*}',
    '**/node_modules/**',
    200,
  );
  if (files.length <= 1) return files[0];
  const pick = await vscode.window.showQuickPick(
    files.map((f) => ({ label: vscode.workspace.asRelativePath(f), uri: f })),
    { title: t('Build which Dockerfile?') },
  );
  return pick?.uri;
}
