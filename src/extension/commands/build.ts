// Build Image… from a Dockerfile (editor title, explorer/editor context menu or palette): the build form, then a
// BuildKit build with progress (src/extension/build/).
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { composeServiceForm } from '../../core/build/composeBuild';
import { describeBuild, readHistory } from '../../core/build/history';
import { buildFromDockerfile, historyKey, type BuildUi } from '../build/buildFlow';
import { registerLayerAnnotations } from '../build/layerAnnotations';
import type { Services } from '../services';
import type { Registrations } from './registry';

const t = vscode.l10n.t;

export function buildCommands(
  services: Services,
  ui: BuildUi,
): Registrations<'stevedore.image.build' | 'stevedore.build.history'> {
  registerLayerAnnotations(services, ui);
  return {
    'stevedore.image.build': {
      run: async (_ctx, _targets, arg) => {
        if (!vscode.workspace.isTrusted)
          throw new Error(t('Building runs the Dockerfile of this workspace; trust the workspace first.'));
        const compose = arg as { composeFile?: unknown; service?: unknown } | undefined;
        if (typeof compose?.composeFile === 'string' && typeof compose.service === 'string') {
          const text = await readFile(compose.composeFile, 'utf8');
          const preset = composeServiceForm(text, compose.composeFile, compose.service);
          return buildFromDockerfile(services, ui, vscode.Uri.file(preset.dockerfile), undefined, preset);
        }
        const dockerfile =
          arg instanceof vscode.Uri
            ? arg
            : vscode.window.activeTextEditor?.document.languageId === 'dockerfile'
              ? vscode.window.activeTextEditor.document.uri
              : await pickDockerfile();
        if (!dockerfile) return;
        await buildFromDockerfile(services, ui, dockerfile);
      },
    },
    'stevedore.build.history': {
      run: async () => {
        const records = readHistory(services.context.workspaceState.get(historyKey));
        if (!records.length) return void vscode.window.showInformationMessage(t('No builds yet in this workspace.'));
        const pick = await vscode.window.showQuickPick(
          records.map((r) => ({
            ...describeBuild(r),
            description: vscode.workspace.asRelativePath(r.form.dockerfile),
            r,
          })),
          { title: t('Build history: pick a build to run it again'), matchOnDetail: true },
        );
        if (pick) await buildFromDockerfile(services, ui, vscode.Uri.file(pick.r.form.dockerfile), pick.r.form);
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
    // the walkthrough's Build Image button starts here, and its page takes the focus back at once
    { title: t('Build which Dockerfile?'), ignoreFocusOut: true },
  );
  return pick?.uri;
}
