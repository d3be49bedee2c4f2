// A service as compose runs it when this file is merged onto its base files (override, COMPOSE_FILE): the rules
// about a service's keys together read this, not the file alone.
import { mergeService } from '../../compose/merge';
import { plainMapping } from '../../compose/project';
import type { ComposeContext } from './context';
import type { ServiceView } from './walk';

/** the merged service, or undefined when no base file declares it (the file's own keys are then the whole story) */
export function mergedService(ctx: ComposeContext, s: ServiceView): Record<string, unknown> | undefined {
  const base = ctx.project.baseServices?.get(s.name);
  if (!base) return undefined;
  return mergeService(base, plainMapping(ctx.model, s.decl.entry.value) ?? {});
}

/** a merged value as a file would write it (numbers and strings; anything else is not judged) */
export function plain(v: unknown): string | undefined {
  return typeof v === 'number' || typeof v === 'string' ? String(v) : undefined;
}
