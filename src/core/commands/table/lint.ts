// Commands the language server's code actions invoke; registered by the client, not shown in menus or the palette.
import { OPEN_RULE_DOCS_COMMAND, PULL_IMAGE_COMMAND } from '../../../shared/lintProtocol';
import type { CommandSpec } from './spec';

export const lintCommands = [
  { id: PULL_IMAGE_COMMAND, title: 'Pull Image', target: 'none', internal: true },
  { id: OPEN_RULE_DOCS_COMMAND, title: 'Open Rule Documentation', target: 'none', internal: true },
] as const satisfies readonly CommandSpec[];
