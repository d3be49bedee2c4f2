/** Compose rule docs live in docs/compose-rules.md, one heading per rule id. */
export const COMPOSE_DOCS_BASE = 'https://github.com/stevedore-dev/stevedore/blob/main/docs/compose-rules.md';
export function composeDocsUrl(id: string): string {
  return `${COMPOSE_DOCS_BASE}#${id}`;
}
