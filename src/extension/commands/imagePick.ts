// "Run…: which image?" from the palette: the local tags, or a name typed that the engine does not have yet, which is
// pulled first (with progress) and then run.
import * as vscode from 'vscode';
import { chooseImage, localImage, pullFirstText } from '../../core/commands/imageChoice';
import { pickerCandidates, type Target } from '../../core/commands/targets';
import type { CommandContext } from './define';
import { pullWithProgress, validateReference } from './images';

const t = vscode.l10n.t;

type Row = vscode.QuickPickItem & { target?: Target };

/** A local image target, or the one pulled for the name typed; [] when cancelled. */
export async function pickOrPullImage(ctx: CommandContext): Promise<Target[]> {
  const { services, meta } = ctx;
  const images = await services.engine.listImages();
  const local: Row[] = pickerCandidates(meta, { images }).map((c) => ({
    label: c.name,
    description: c.id.replace(/^sha256:/, '').slice(0, 12),
    target: c,
  }));
  const title = `${meta.title.replace(/…$/, '')}: ${t('which image?')}`;
  const qp = vscode.window.createQuickPick<Row>();
  qp.title = title;
  // opened from the walkthrough's button, the page takes the focus back at once: keep the pick open meanwhile
  qp.ignoreFocusOut = true;
  qp.placeholder = t('a local image, or any name to pull first (e.g. nginx:alpine)');
  qp.matchOnDescription = true;
  const refresh = () => {
    const v = qp.value.trim();
    const typed: Row[] =
      v && !localImage(v, images) ? [{ label: v, description: validateReference(v) ?? t(pullFirstText(v)) }] : [];
    qp.items = [...typed, ...local];
  };
  qp.onDidChangeValue(refresh);
  refresh();
  const picked = await new Promise<Row | undefined>((resolve) => {
    qp.onDidAccept(() => {
      // Enter before the typed row arrived (the list is filled from here, a round trip away): take the text typed
      const typed = qp.value.trim();
      const row = qp.selectedItems[0] ?? (typed ? { label: typed } : undefined);
      const bad = row && !row.target ? validateReference(row.label) : undefined;
      if (bad) {
        qp.title = `${title} — ${bad}`;
        return;
      }
      resolve(row);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
  if (!picked) return [];
  if (picked.target) return [picked.target];
  const choice = chooseImage(picked.label, images);
  if ('local' in choice) return [choice.local];
  if (!(await pullWithProgress(services, choice.pull))) return [];
  const pulled = localImage(choice.pull, await services.engine.listImages());
  if (!pulled)
    throw new Error(t('{0} was pulled but is not among the local images; run it from the Images view.', choice.pull));
  return [pulled];
}
