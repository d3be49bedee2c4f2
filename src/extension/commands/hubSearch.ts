// Search Docker Hub…: a quick pick that searches as the user types (through the engine's /images/search, as
// `docker search` does), shows stars and the official badge, says plainly when Hub cannot be reached (Enter
// retries); resolves to the reference to pull.
import * as vscode from 'vscode';
import { actionsFor } from '../../core/engine/actions';
import type { SearchResult } from '../../core/engine/actionsTypes';
import { LiveSearch, searchRows, SearchTimeoutError, type SearchState } from '../../core/registry/hubSearch';
import type { Services } from '../services';
import { errorText } from './define';

const t = vscode.l10n.t;

interface Item extends vscode.QuickPickItem {
  pull?: string;
  retry?: boolean;
}

/** Why a search failed, with the way out. */
function failureText(error: unknown): string {
  if (error instanceof SearchTimeoutError)
    return t("Docker Hub did not answer the engine ({0}) — check the engine's network or proxy.", error.message);
  return errorText(error);
}

/** Opens the picker (with `initial` typed in); resolves to "<picked>:latest", or undefined when closed. */
export function pickFromDockerHub(services: Services, initial = ''): Promise<string | undefined> {
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = t('Search Docker Hub');
  qp.placeholder = t('Image name or keyword, e.g. nginx (at least 2 characters)');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  const show = (s: SearchState<SearchResult[]>) => {
    qp.busy = s.state === 'searching';
    if (s.state === 'idle') qp.items = [];
    if (s.state === 'done')
      qp.items = s.value.length
        ? searchRows(s.value).map((r) => ({ ...r, pull: r.name, alwaysShow: true }))
        : [{ label: t('No images on Docker Hub match "{0}".', s.term), alwaysShow: true }];
    if (s.state === 'failed') {
      const text = failureText(s.error);
      // logged once per failed search; the picker shows it in place of results (no notification per keystroke)
      services.output.warn(`Search Docker Hub for "${s.term}": ${text}`);
      // "cause — way out": the cause as the row, the way out below it (a long row is cut off)
      const [cause = text, ...wayOut] = text.split(' — ');
      const detail = [wayOut.join(' — ').replace(/\.$/, ''), t('Press Enter to retry')].filter(Boolean).join(' · ');
      qp.items = [{ label: `$(warning) ${cause}`, detail, retry: true, alwaysShow: true }];
    }
  };
  const live = new LiveSearch<SearchResult[]>(
    (term, signal) => actionsFor(services.engine).searchImages(term, 25, signal),
    show,
  );
  return new Promise((resolve) => {
    qp.onDidChangeValue((v) => live.update(v));
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0];
      if (item?.retry) return live.update(qp.value, true);
      if (!item?.pull) return;
      resolve(`${item.pull}:latest`);
      qp.hide();
    });
    qp.onDidHide(() => {
      live.dispose();
      qp.dispose();
      resolve(undefined);
    });
    qp.value = initial;
    qp.show();
    if (initial) live.update(initial);
  });
}
