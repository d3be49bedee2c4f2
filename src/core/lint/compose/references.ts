// Findings about names a file uses but does not declare. In a file that is not meant to stand alone (an override
// whose base was not found) the name may well be declared elsewhere: such findings are lowered to info, saying why.
import type { ComposeContext } from './context';
import type { Finding } from '../types';

export function reportReference(ctx: ComposeContext, finding: Finding): void {
  const why = ctx.project.orphan;
  ctx.report(why ? { ...finding, severity: 'info', message: `${finding.message} (${why})` } : finding);
}
