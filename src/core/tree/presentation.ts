// What a view shows given the engine's health and its data: the tree, an error line, or nothing (so the welcome
// view with the reason and Retry appears). Pure: the TreeDataProvider and the test API only follow it.
import { isEngineError } from '../engine/errors';
import type { EngineHealth } from '../engine/types';
import type { ViewName } from './refreshPolicy';

export type ViewPresentation =
  /** the engine is away (or was, and nothing has loaded since): an empty tree, so the welcome view shows */
  | { show: 'welcome' }
  /** a load failed for a reason other than the engine being away: one error line */
  | { show: 'error'; message: string }
  /** the data is current (or still loading for the first time): the model's tree */
  | { show: 'tree' };

export interface PresentationFacts {
  health: EngineHealth;
  /** every dataset of the view is loaded (the model drops its data when the engine becomes unreachable) */
  loaded: boolean;
  /** the last failed load of the view's data, if its data is not current */
  error: Error | undefined;
}

/** The Engines view always shows its contexts: it is where the user switches to an engine that answers. */
export function presentView(view: ViewName, f: PresentationFacts): ViewPresentation {
  const resource = view !== 'engines';
  if (resource && f.health.state === 'unreachable') return { show: 'welcome' };
  if (f.loaded) return { show: 'tree' };
  if (f.error)
    return resource && isEngineError(f.error) && f.error.kind === 'unreachable'
      ? { show: 'welcome' }
      : { show: 'error', message: f.error.message };
  // first connection, or a retry after an outage (the model dropped what it listed before): nothing to show yet
  return resource && f.health.state === 'connecting' ? { show: 'welcome' } : { show: 'tree' };
}

/**
 * The view's title-bar description: its filter and workspace toggle, and while the engine is unreachable the
 * engine module's own message (welcome views are static text, and TreeView.message would hide their Retry).
 */
export function viewDescription(
  view: ViewName,
  s: { filter: string; onlyWorkspace: boolean },
  health: EngineHealth,
): string | undefined {
  const parts = [s.filter ? `“${s.filter}”` : '', s.onlyWorkspace ? 'this workspace' : ''];
  if (health.state === 'unreachable' && view !== 'engines') parts.unshift(health.reason);
  const text = parts.filter(Boolean).join(' · ');
  return text || undefined;
}
