// Volumes as files: back up to .tar.gz, restore into an empty (or, once confirmed, a named non-empty) volume or a
// new one, clone, and opting a volume into writing from the editor.
import { createWriteStream, statSync } from 'node:fs';
import * as vscode from 'vscode';
import { actionsFor } from '../../core/engine/actions';
import { backupVolume, cloneVolume, restoreVolume, volumeEntries } from '../../core/files/volumeTransfer';
import type { VolumeFiles } from '../../core/files/volumeFiles';
import type { Registration } from '../commands/registry';
import { confirmDestructive, single } from '../commands/define';
import type { Services } from '../services';
import { helperImage } from './index';
import { fromFile, openOne, saveAs, withTransfer } from './progress';

const t = vscode.l10n.t;

export type VolumeVerbId =
  | 'stevedore.volume.backup'
  | 'stevedore.volume.restore'
  | 'stevedore.volume.restoreNew'
  | 'stevedore.volume.clone'
  | 'stevedore.volume.allowWriting';

export function volumeVerbs(services: Services, volumes: VolumeFiles): Record<VolumeVerbId, Registration> {
  const engine = () => services.engine;

  /** true when `volume` is empty, or the user confirmed overwriting it after seeing what is in it */
  async function mayWrite(volume: string, image: string): Promise<boolean> {
    const names = await volumeEntries(engine(), volume, { image });
    if (!names.length) return true;
    const ok = await confirmDestructive(
      t('Volume {0} is not empty. Write into it anyway?', volume),
      names,
      [t('Write into {0}', volume)],
      t('Files with the same names are replaced; the others stay.'),
    );
    return !!ok;
  }

  async function restoreInto(volume: string, overwrite: boolean): Promise<void> {
    const file = await openOne(t('Restore {0} from which backup?', volume), { Backups: ['gz', 'tgz', 'tar'] });
    if (!file) return;
    const image = await helperImage(services);
    if (!overwrite && !(await mayWrite(volume, image))) return;
    const size = statSync(file).size;
    await withTransfer(t('Restoring {0} into {1}', file, volume), size, (report, signal) =>
      restoreVolume(engine(), volume, fromFile(file, report).stream, { image, overwrite: true, signal }),
    );
    await volumes.release(volume);
    void vscode.window.showInformationMessage(t('Restored {0} into volume {1}.', file, volume));
  }

  return {
    'stevedore.volume.backup': {
      run: single(async (_c, v) => {
        const file = await saveAs(`${v.name}.tar.gz`, { Backups: ['gz'] });
        if (!file) return;
        const image = await helperImage(services);
        await withTransfer(t('Backing up {0} (helper image {1})', v.name, image), undefined, (onProgress, signal) =>
          backupVolume(engine(), v.name, createWriteStream(file), { image, onProgress, signal }),
        );
        void vscode.window.showInformationMessage(t('Backed up volume {0} to {1}.', v.name, file));
      }),
    },
    'stevedore.volume.restore': { run: single((_c, v) => restoreInto(v.name, false)) },
    'stevedore.volume.restoreNew': {
      run: async () => {
        const name = await vscode.window.showInputBox({
          title: t('Name of the new volume'),
          validateInput: (s) => (/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(s) ? undefined : t('Use letters, digits, _ . -')),
        });
        if (!name) return;
        const existing = await engine()
          .inspectVolume(name)
          .catch(() => undefined);
        if (existing) throw new Error(t('Volume {0} already exists: use "Restore from .tar.gz…" on it instead.', name));
        await actionsFor(engine()).createVolume({ name });
        await restoreInto(name, true);
      },
    },
    'stevedore.volume.clone': {
      run: single(async (_c, v) => {
        const to = await vscode.window.showInputBox({
          title: t('Clone {0} into which volume? (created when missing)', v.name),
          value: `${v.name}-copy`,
        });
        if (!to || to === v.name) return;
        const image = await helperImage(services);
        const exists = await engine()
          .inspectVolume(to)
          .then(() => true)
          .catch(() => false);
        if (exists && !(await mayWrite(to, image))) return;
        if (!exists) await actionsFor(engine()).createVolume({ name: to });
        await withTransfer(t('Cloning {0} into {1}', v.name, to), undefined, (onProgress, signal) =>
          cloneVolume(engine(), v.name, to, { image, overwrite: true, onProgress, signal }),
        );
        void vscode.window.showInformationMessage(t('Cloned volume {0} into {1}.', v.name, to));
      }),
    },
    'stevedore.volume.allowWriting': {
      run: single(async (_c, v) => {
        const name = v.name;
        if (volumes.isWritable(name)) {
          await volumes.setWritable(name, false);
          void vscode.window.showInformationMessage(t('Files of volume {0} are read-only again.', name));
          return;
        }
        if (!vscode.workspace.isTrusted) throw new Error(t('Writing to volume files needs a trusted workspace.'));
        const ok = await vscode.window.showWarningMessage(
          t('Allow changing the files of volume {0} from the editor?', name),
          { modal: true, detail: t('Containers using it see every change at once.') },
          t('Allow Writing'),
        );
        if (ok) await volumes.setWritable(name, true);
      }),
    },
  };
}
