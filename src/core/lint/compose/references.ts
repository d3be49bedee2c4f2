// Findings about names a file uses but does not declare. In a file that is not meant to stand alone (an override
// whose base was not found) the name may well be declared elsewhere: such findings are lowered to info, saying why.
import type { At, ComposeContext } from './context';
import type { Finding } from '../types';

export function reportReference(
  ctx: ComposeContext,
  at: At,
  message: string,
  extra?: Omit<Finding, 'range' | 'message'>,
): void {
  const why = ctx.project.orphan;
  if (!why) return ctx.report(at, message, extra);
  ctx.report(at, `${message} (${why})`, { ...extra, severity: 'info' });
}
