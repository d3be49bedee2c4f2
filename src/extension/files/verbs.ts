// Containers and images as files: docker cp both ways, diff, commit, export, top, save, load, import.
import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import { containerArchive } from '../../core/engine/files';
import {
  commitContainer,
  containerChanges,
  containerFsSize,
  exportContainer,
  imagesSize,
  importImage,
  loadImages,
  saveImages,
  topContainer,
} from '../../core/engine/filesImages';
import { formatBytes } from '../../core/files/errors';
import { copyFromContainer, copyToContainer } from '../../core/files/copy';
import { formatTop } from '../../core/files/top';
import { splitInstructionList } from '../../core/messages/quickInput';
import { single } from '../commands/define';
import { inputStep } from '../commands/quickInput';
import type { Registration } from '../commands/registry';
import type { Services } from '../services';
import { fileUri } from './provider';
import { fromFile, openOne, saveAs, toFile, withTransfer } from './progress';

const t = vscode.l10n.t;
const topScheme = 'stevedore-top';

export type FileVerbId =
  | 'stevedore.container.copyFrom'
  | 'stevedore.container.copyTo'
  | 'stevedore.container.diff'
  | 'stevedore.container.commit'
  | 'stevedore.container.export'
  | 'stevedore.container.top'
  | 'stevedore.image.save'
  | 'stevedore.image.load'
  | 'stevedore.image.import';

const safe = (name: string) => name.replace(/[^\w.-]+/g, '_');

export function fileVerbs(services: Services): Record<FileVerbId, Registration> {
  const engine = () => services.engine;
  const topDocs = new Map<string, string>();
  const topChanged = new vscode.EventEmitter<vscode.Uri>();
  services.context.subscriptions.push(
    topChanged,
    vscode.workspace.registerTextDocumentContentProvider(topScheme, {
      onDidChange: topChanged.event,
      provideTextDocumentContent: (uri) => topDocs.get(uri.toString()) ?? '',
    }),
  );

  return {
    'stevedore.container.copyFrom': {
      run: single(async (_c, c) => {
        const path = await vscode.window.showInputBox({ title: t('Copy what from {0}?', c.name), value: '/' });
        if (!path) return;
        const dest = await vscode.window.showOpenDialog({
          canSelectFolders: true,
          canSelectFiles: false,
          openLabel: t('Copy Here'),
          defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        });
        const into = dest?.[0];
        if (!into) return;
        await withTransfer(t('Copying {0} from {1}', path, c.name), undefined, (onProgress, signal) =>
          copyFromContainer(containerArchive(engine()), c.id, path, into.fsPath, { onProgress, signal }),
        );
      }),
    },
    'stevedore.container.copyTo': {
      run: single(async (_c, c) => {
        if (!vscode.workspace.isTrusted) throw new Error(t('Copying into a container needs a trusted workspace.'));
        const src = await vscode.window.showOpenDialog({
          canSelectFiles: true,
          canSelectFolders: true,
          canSelectMany: true,
          defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
          openLabel: t('Copy'),
        });
        if (!src?.length) return;
        const dir = await vscode.window.showInputBox({ title: t('Into which directory of {0}?', c.name), value: '/' });
        if (!dir) return;
        await withTransfer(t('Copying into {0}:{1}', c.name, dir), undefined, async (onProgress, signal) => {
          for (const u of src)
            await copyToContainer(containerArchive(engine()), c.id, u.fsPath, dir, { onProgress, signal });
        });
      }),
    },
    'stevedore.container.diff': {
      run: single(async (_c, c) => {
        const changes = await containerChanges(engine(), c.id);
        if (!changes.length) {
          void vscode.window.showInformationMessage(t('Nothing changed in {0} since it was created.', c.name));
          return;
        }
        const pick = await vscode.window.showQuickPick(
          changes.map((x) => ({ label: `${x.kind}  ${x.path}`, path: x.path, change: x.kind })),
          { title: t('Changes in {0} (A added, C changed, D deleted)', c.name), matchOnDescription: true },
        );
        if (pick && pick.change !== 'D') {
          await vscode.commands.executeCommand('vscode.open', fileUri({ kind: 'container', name: c.id }, pick.path));
        }
      }),
    },
    'stevedore.container.commit': {
      run: single(async (_c, c) => {
        const steps = { totalSteps: 4 };
        const reference = await inputStep({
          title: t('Commit {0}: image name (repo:tag)', c.name),
          value: `${safe(c.name).toLowerCase()}:snapshot`,
          step: 1,
          ...steps,
        });
        if (reference === undefined) return;
        const message = await inputStep({ title: t('Commit message (optional)'), step: 2, ...steps });
        if (message === undefined) return;
        const author = await inputStep({ title: t('Author (optional)'), step: 3, ...steps });
        if (author === undefined) return;
        const changes = await inputStep({
          title: t('Dockerfile instructions to apply (optional, comma separated)'),
          placeHolder: 'ENV MODE=debug, CMD ["sh"]',
          step: 4,
          ...steps,
        });
        if (changes === undefined) return;
        const id = await withTransfer(t('Committing {0}', c.name), undefined, () =>
          commitContainer(engine(), c.id, {
            reference,
            message,
            author,
            changes: splitInstructionList(changes),
          }),
        );
        void vscode.window.showInformationMessage(
          t('Committed {0} as {1} ({2}).', c.name, reference || '<none>', id.slice(7, 19)),
        );
      }),
    },
    'stevedore.container.export': {
      run: single(async (_c, c) => {
        const size = await containerFsSize(engine(), c.id);
        const file = await saveAs(`${safe(c.name)}.tar`, { Tar: ['tar'] });
        if (!file) return;
        await withTransfer(t('Exporting {0} (about {1})', c.name, formatBytes(size)), size, async (report, signal) =>
          toFile(await exportContainer(engine(), c.id, signal), file, report, signal),
        );
        void vscode.window.showInformationMessage(t('Exported {0} to {1}.', c.name, file));
      }),
    },
    'stevedore.container.top': {
      run: single(async (_c, c) => {
        const uri = vscode.Uri.from({
          scheme: topScheme,
          authority: c.id.slice(0, 12),
          path: `/${safe(c.name)} processes`,
        });
        topDocs.set(uri.toString(), formatTop(c.name, await topContainer(engine(), c.id), new Date()));
        topChanged.fire(uri);
        // running the command again refreshes the open document
        await vscode.window.showTextDocument(uri, { preview: true });
      }),
    },
    'stevedore.image.save': {
      run: async (_c, targets) => {
        const refs = targets.map((x) => (x.kind === 'image' ? (x.tag ?? x.id) : x.id));
        const size = await imagesSize(engine(), refs);
        const one = targets.length === 1 ? targets[0]?.name : undefined;
        const file = await saveAs(`${safe(one ?? 'images')}.tar`, { Tar: ['tar'] });
        if (!file) return;
        await withTransfer(
          t('Saving {0} image(s) (about {1})', refs.length, formatBytes(size)),
          size,
          async (report, signal) => toFile(await saveImages(engine(), refs, signal), file, report, signal),
        );
        void vscode.window.showInformationMessage(t('Saved {0} to {1}.', refs.join(', '), file));
      },
    },
    'stevedore.image.load': {
      run: async () => {
        const file = await openOne(t('Load images from which tar?'), { Tar: ['tar', 'gz', 'tgz', 'xz', 'bz2'] });
        if (!file) return;
        const size = statSync(file).size;
        const lines = await withTransfer(t('Loading images ({0})', formatBytes(size)), size, (report, signal) =>
          loadImages(engine(), fromFile(file, report).stream, signal),
        );
        void vscode.window.showInformationMessage(lines.join('; ') || t('Loaded {0}.', file));
      },
    },
    'stevedore.image.import': {
      run: async () => {
        const file = await openOne(t('Import which file system tar?'), { Tar: ['tar', 'gz', 'tgz', 'xz', 'bz2'] });
        if (!file) return;
        const reference = await vscode.window.showInputBox({ title: t('Name the new image (repo:tag, optional)') });
        if (reference === undefined) return;
        const size = statSync(file).size;
        const id = await withTransfer(t('Importing {0} ({1})', file, formatBytes(size)), size, (report, signal) =>
          importImage(engine(), fromFile(file, report).stream, { reference, signal }),
        );
        void vscode.window.showInformationMessage(
          t('Imported {0} as {1} ({2}).', file, reference || '<none>', id.slice(7, 19)),
        );
      },
    },
  };
}
