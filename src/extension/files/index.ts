// Files in containers and volumes: the file system provider, the file tree under explorer items, their commands,
// and the helper image that volume browsing uses.
import * as vscode from 'vscode';
import { removeHelper, staleHelpers } from '../../core/engine/filesHelper';
import { VolumeFiles } from '../../core/files/volumeFiles';
import { pickHelperCandidate } from '../../core/files/helperImage';
import type { Services } from '../services';
import { registerFileCommands } from './commands';
import { containerScheme, DockerFileSystemProvider, volumeScheme } from './provider';
import { FileTree } from './tree';

export const HELPER_IMAGE_SETTING = 'stevedore.files.helperImage';
const pickedImageState = 'stevedore.files.helperImagePicked';

/** The helper image: the setting, one picked before, a well-known local image with sh/tar, or the user's pick. */
export async function helperImage(services: Services): Promise<string> {
  const set = vscode.workspace.getConfiguration().get<string>(HELPER_IMAGE_SETTING);
  if (set) return set;
  const images = await services.engine.listImages();
  const tags = images.flatMap((i) => i.repoTags);
  const remembered = services.context.globalState.get<string>(pickedImageState);
  if (remembered && tags.includes(remembered)) return remembered;
  const known = pickHelperCandidate(tags);
  if (known) return known;
  const pick = await vscode.window.showQuickPick(tags.sort(), {
    title: vscode.l10n.t('Volume files need a helper container: which local image has sh, find, stat and tar?'),
    placeHolder: vscode.l10n.t('e.g. busybox or alpine; set {0} to skip this question', HELPER_IMAGE_SETTING),
  });
  if (!pick) {
    throw new Error(
      `No helper image: pull one with a shell and tar (e.g. \`docker pull busybox\`) or set ${HELPER_IMAGE_SETTING}.`,
    );
  }
  await services.context.globalState.update(pickedImageState, pick);
  return pick;
}

export function registerFiles(services: Services): FileTree {
  const volumes = new VolumeFiles(() => services.engine, { image: () => helperImage(services) });
  const provider = new DockerFileSystemProvider(() => services.engine, volumes);
  const tree = new FileTree(services, provider);
  services.context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(containerScheme, provider, { isCaseSensitive: true }),
    vscode.workspace.registerFileSystemProvider(volumeScheme, provider, { isCaseSensitive: true }),
    provider,
    { dispose: () => void volumes.dispose() },
    services.onDidChangeEngine(() => void volumes.dispose()),
  );
  registerFileCommands(services, tree);
  // helpers a closed window left behind (created but never started, over an hour old)
  void staleHelpers(services.engine)
    .then((ids) => Promise.all(ids.map((id) => removeHelper(services.engine, id))))
    .catch(() => undefined);
  return tree;
}
