// Lint families and dispatch by file name, shared by the language server and the CLI.
// A family exports validate(doc, settings, facts) (the contract); the registry loads it lazily so the
// CLI only pays for the families it needs.
import { basename } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { guardStaged, guardValidate } from './guard';
import type { EngineFacts, LintSettings, RuleMeta } from './types';

export const FAMILY_IDS = ['dockerfile', 'compose'] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

export interface LintFamily {
  id: FamilyId;
  /** LSP language id */
  languageId: string;
  rules: readonly RuleMeta[];
  validate(doc: TextDocument, settings: LintSettings, facts?: EngineFacts): Promise<Diagnostic[]>;
  /** optional: offline findings now, engine findings later (the server publishes twice) */
  validateStaged?(
    doc: TextDocument,
    settings: LintSettings,
    facts?: EngineFacts,
  ): { diagnostics: Diagnostic[]; later?: Promise<Diagnostic[]> };
}

const loaders: Record<FamilyId, () => Promise<LintFamily>> = {
  dockerfile: async () => {
    const m = await import('./dockerfile/index.js');
    return {
      id: 'dockerfile',
      languageId: 'dockerfile',
      rules: m.rules,
      validate: guardValidate(m.validate),
      validateStaged: guardStaged(m.validateStaged),
    };
  },
  compose: async () => {
    const m = await import('./compose/index.js');
    return {
      id: 'compose',
      languageId: 'dockercompose',
      rules: m.composeRules,
      validate: guardValidate((doc, settings, facts) => m.validate(doc, settings, facts)),
      validateStaged: guardStaged((doc, settings, facts) => m.validateStaged(doc, settings, facts)),
    };
  },
};

const loaded = new Map<FamilyId, Promise<LintFamily>>();
export function loadFamily(id: FamilyId): Promise<LintFamily> {
  let p = loaded.get(id);
  if (!p) {
    p = loaders[id]();
    loaded.set(id, p);
  }
  return p;
}

const COMPOSE_NAME = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/i;
const DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.(dockerfile|containerfile)$/i;

export function isComposeFile(path: string): boolean {
  return COMPOSE_NAME.test(basename(path));
}

export function isDockerfile(path: string): boolean {
  return DOCKERFILE_NAME.test(basename(path));
}

/** Compose file names (or language) → compose; everything else is linted as a Dockerfile. */
export function familyFor(pathOrUri: string, languageId?: string): FamilyId {
  if (languageId === 'dockercompose') return 'compose';
  if (languageId === 'dockerfile') return 'dockerfile';
  return isComposeFile(decodeURIComponent(pathOrUri.replace(/[?#].*$/, ''))) ? 'compose' : 'dockerfile';
}

export async function lintDocument(
  doc: TextDocument,
  settings: LintSettings,
  facts?: EngineFacts,
): Promise<Diagnostic[]> {
  const family = await loadFamily(familyFor(doc.uri, doc.languageId));
  return family.validate(doc, settings, facts);
}
