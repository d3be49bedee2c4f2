// Local image names for completion, from the engine facts the engine-aware checks use (none offline or when slow).
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { withDeadline } from '../core/lint/compose/facts';
import { imageItems } from '../core/lint/imageCompletion';
import type { EngineFacts } from '../core/lint/types';

const COMPLETION_DEADLINE_MS = 1000;

export type FactsSource = () => EngineFacts | undefined;

export async function localImageItems(facts: FactsSource, pos: Position, start: number): Promise<CompletionItem[]> {
  const images = await withDeadline(facts()?.localImages?.(), COMPLETION_DEADLINE_MS);
  return images ? imageItems(images, pos, start) : [];
}

export function lineBefore(doc: TextDocument, pos: Position): string {
  return doc.getText({ start: { line: pos.line, character: 0 }, end: pos });
}
