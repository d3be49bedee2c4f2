// Layers on the Dockerfile: after a build (or for an image a recorded build made), each instruction shows the
// size its layer added and whether it came from cache (inlay hint), a hover gives the layer's digest and command,
// and the cache-order hint appears as a Hint diagnostic.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { dockerfileShape } from '../../core/build/dockerfileStages';
import { readHistory, type BuildRecord } from '../../core/build/history';
import { cacheOrderHints, layersForInstructions, type InstructionLayer } from '../../core/build/layers';
import { actionsFor } from '../../core/engine/actions';
import { humanSize } from '../../core/tree/format';
import type { Services } from '../services';
import { historyKey, type BuildUi } from './buildFlow';

const t = vscode.l10n.t;

interface FileLayers {
  imageId: string;
  /** by 0-based last line of the instruction */
  byLine: Map<number, { layer?: InstructionLayer; cached?: boolean; seconds?: number; line: number }>;
}

/** The layers of the image the newest successful recorded build of `file` made, matched to its lines. */
export async function layersOfFile(
  services: Services,
  file: string,
  records: BuildRecord[],
): Promise<FileLayers | undefined> {
  const rec = records.find((r) => r.form.dockerfile === file && r.result === 'succeeded' && r.imageId);
  if (!rec?.imageId) return undefined;
  const [text, history, inspect] = await Promise.all([
    readFile(file, 'utf8'),
    actionsFor(services.engine).imageHistory(rec.imageId),
    services.engine.inspectImage(rec.imageId),
  ]);
  const diffIds = (inspect.raw as { RootFS?: { Layers?: string[] } }).RootFS?.Layers;
  const layers = layersForInstructions(dockerfileShape(text), history, { target: rec.form.target, diffIds });
  const byLine: FileLayers['byLine'] = new Map();
  for (const l of layers) byLine.set(l.instruction.endLine, { layer: l, line: l.instruction.line });
  for (const s of rec.stepLines ?? []) {
    const at = [...byLine.values()].find((v) => v.line === s.line);
    if (at) Object.assign(at, { cached: s.cached, seconds: s.seconds });
  }
  return { imageId: rec.imageId, byLine };
}

export function registerLayerAnnotations(services: Services, ui: BuildUi): void {
  const cache = new Map<string, Promise<FileLayers | undefined>>();
  const hints = vscode.languages.createDiagnosticCollection('stevedore-layers');
  const changed = new vscode.EventEmitter<void>();
  const records = () => readHistory(services.context.workspaceState.get(historyKey));
  const forFile = (file: string) => {
    let p = cache.get(file);
    if (!p) {
      p = layersOfFile(services, file, records()).catch(() => undefined);
      cache.set(file, p);
    }
    return p;
  };
  const selector: vscode.DocumentSelector = { language: 'dockerfile', scheme: 'file' };
  services.context.subscriptions.push(
    hints,
    changed,
    ui.onBuilt.event(async (rec) => {
      cache.delete(rec.form.dockerfile);
      changed.fire();
      await updateHints(rec.form.dockerfile);
    }),
    vscode.languages.registerInlayHintsProvider(selector, {
      onDidChangeInlayHints: changed.event,
      provideInlayHints: async (doc, range) => {
        const fl = await forFile(doc.uri.fsPath);
        if (!fl || doc.isDirty) return [];
        const out: vscode.InlayHint[] = [];
        for (const [endLine, v] of fl.byLine) {
          if (endLine < range.start.line || endLine > range.end.line || endLine >= doc.lineCount) continue;
          const size = v.layer ? humanSize(v.layer.entry.size) : '';
          const how =
            v.cached === undefined ? '' : v.cached ? t('cached') : v.seconds !== undefined ? `${v.seconds}s` : t('ran');
          const label = `  ${[size, how].filter(Boolean).join(' · ')}`;
          const hint = new vscode.InlayHint(doc.lineAt(endLine).range.end, label);
          hint.paddingLeft = true;
          out.push(hint);
        }
        return out;
      },
    }),
    vscode.languages.registerHoverProvider(selector, {
      provideHover: async (doc, pos) => {
        const fl = await forFile(doc.uri.fsPath);
        const v = fl && [...fl.byLine.entries()].find(([end, x]) => pos.line >= x.line && pos.line <= end)?.[1];
        if (!fl || !v?.layer) return undefined;
        const md = new vscode.MarkdownString();
        md.appendMarkdown(t('**Layer** of image `{0}`: {1}', fl.imageId.slice(7, 19), humanSize(v.layer.entry.size)));
        if (v.cached !== undefined)
          md.appendMarkdown(` · ${v.cached ? t('from cache') : t('ran in {0} s', v.seconds ?? '?')}`);
        md.appendMarkdown('\n\n');
        if (v.layer.diffId) md.appendMarkdown(t('Digest (diff id): `{0}`', v.layer.diffId) + '\n\n');
        md.appendCodeblock(v.layer.entry.createdBy, 'shell');
        return new vscode.Hover(md);
      },
    }),
  );

  async function updateHints(file: string): Promise<void> {
    const fl = await forFile(file);
    const layers = fl ? [...fl.byLine.values()].flatMap((v) => (v.layer ? [v.layer] : [])) : [];
    const builds = records().flatMap((r) =>
      r.form.dockerfile === file && r.result === 'succeeded' && r.stepLines
        ? [r.stepLines.map((s) => ({ key: s.key, cached: s.cached }))]
        : [],
    );
    const found = cacheOrderHints(layers, builds);
    hints.set(
      vscode.Uri.file(file),
      found.map((h) => {
        const d = new vscode.Diagnostic(
          new vscode.Range(h.early.line, 0, h.early.endLine, Number.MAX_SAFE_INTEGER),
          t(
            '{0} ({1}) was rebuilt in {2} of the last {3} builds, and the unchanged {4} on line {5} reran after it each time. Copy only the files that step needs first and run it before this {0}, so the cache keeps it.',
            h.early.keyword,
            humanSize(h.size),
            h.ran,
            h.builds,
            h.later.keyword,
            h.later.line + 1,
          ),
          vscode.DiagnosticSeverity.Hint,
        );
        d.source = 'stevedore layers';
        return d;
      }),
    );
  }
}

/** The image's history, each entry with the Dockerfile line it came from when a recorded build made the image. */
export async function historyWithLines(services: Services, imageId: string) {
  const rows = await actionsFor(services.engine).imageHistory(imageId);
  const rec = readHistory(services.context.workspaceState.get(historyKey)).find(
    (r) => r.imageId === imageId && r.result === 'succeeded',
  );
  const lines = new Map<number, string>();
  if (rec) {
    const text = await readFile(rec.form.dockerfile, 'utf8').catch(() => undefined);
    const layers = text ? layersForInstructions(dockerfileShape(text), rows, { target: rec.form.target }) : [];
    const where = vscode.workspace.asRelativePath(rec.form.dockerfile);
    for (const l of layers)
      lines.set(rows.indexOf(l.entry as (typeof rows)[number]), `${where}:${l.instruction.line + 1}`);
  }
  return rows.map((r, i) => ({ ...r, source: lines.get(i) }));
}
