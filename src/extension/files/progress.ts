// Long file transfers: a cancellable notification that shows bytes moved against the estimate given up front.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as vscode from 'vscode';
import { formatBytes } from '../../core/files/errors';

export type Report = (bytes: number) => void;

/** Runs `work` under a cancellable progress notification; `estimate` (bytes) turns the byte count into a share. */
export function withTransfer<T>(
  title: string,
  estimate: number | undefined,
  work: (report: Report, signal: AbortSignal) => Promise<T>,
): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      let shown = 0;
      const report: Report = (bytes) => {
        const share = estimate ? Math.min(99, Math.floor((bytes / estimate) * 100)) : 0;
        progress.report({
          message: estimate ? `${formatBytes(bytes)} of about ${formatBytes(estimate)}` : formatBytes(bytes),
          increment: share > shown ? share - shown : undefined,
        });
        shown = Math.max(shown, share);
      };
      return work(report, abort.signal);
    },
  );
}

/** Writes `source` to `file`, counting bytes. */
export async function toFile(source: Readable, file: string, report: Report, signal: AbortSignal): Promise<void> {
  let n = 0;
  const count = new PassThrough();
  count.on('data', (c: Buffer) => report((n += c.length)));
  await pipeline(source, count, createWriteStream(file), { signal });
}

/** A read stream of `file` that counts bytes as they are read. */
export function fromFile(file: string, report: Report): { stream: Readable; size: number } {
  let n = 0;
  const stream = createReadStream(file);
  stream.on('data', (c) => report((n += (c as Buffer).length)));
  return { stream, size: statSync(file).size };
}

/** A save dialog starting in the first workspace folder. */
export async function saveAs(name: string, filters: Record<string, string[]>): Promise<string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters,
  });
  return uri?.fsPath;
}

export async function openOne(title: string, filters: Record<string, string[]>): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters,
  });
  return picked?.[0]?.fsPath;
}
