// `stevedore.workspace.hasComposeFile`: whether the workspace holds a compose file, for the empty Containers view's
// "Compose Up…" (package.json viewsWelcome). Kept as such files come and go.
import * as vscode from 'vscode';

export const composeFileGlob = '**/{compose,docker-compose}*.{yml,yaml}';
const HAS_COMPOSE_FILE = 'stevedore.workspace.hasComposeFile';

export function watchComposeFiles(): vscode.Disposable {
  const update = async () => {
    const found = await vscode.workspace.findFiles(composeFileGlob, '**/node_modules/**', 1).then(
      (f) => f.length > 0,
      () => false,
    );
    await vscode.commands.executeCommand('setContext', HAS_COMPOSE_FILE, found);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(composeFileGlob, false, true, false);
  void update();
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(() => void update()),
    watcher.onDidDelete(() => void update()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void update()),
  );
}
