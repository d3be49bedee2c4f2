// Completion of the engine's image names (with tags) where a Dockerfile or a compose file names an image.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';

/** Where the image of a `FROM` starts when the cursor is in it (after any `--platform=…` flags), else undefined. */
export function fromImageStart(lineBefore: string): number | undefined {
  const m = /^(\s*FROM\s+(?:--\S+\s+)*)(\S*)$/i.exec(lineBefore);
  if (!m) return undefined;
  const [, lead = '', image = ''] = m;
  return image.startsWith('--') ? undefined : lead.length;
}

/** One item per local image name, replacing the text from `start` to the cursor (names hold `:` and `/`). */
export function imageItems(images: readonly string[], pos: Position, start: number): CompletionItem[] {
  const range = { start: { line: pos.line, character: start }, end: pos };
  return images.map((name, i) => ({
    label: name,
    kind: CompletionItemKind.Module,
    detail: 'local image',
    sortText: `0${String(i).padStart(5, '0')}`,
    filterText: name,
    textEdit: { range, newText: name },
  }));
}
