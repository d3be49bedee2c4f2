// The compose rule catalogue rendered as docs/compose-rules.md (kept in sync by catalogue.test.ts).
import { composeRules } from './rules';

export const COMPOSE_FALSE_POSITIVE_LINE =
  'If `docker compose config` and `docker compose up` accept a file without a warning, the errors stay silent; warnings and infos flag what compose accepts but what is likely to hurt.';

export function renderComposeRulesDoc(): string {
  const lines = [
    '# Compose rules',
    '',
    'Stevedore checks compose files in the editor and with `stevedore lint`. Every problem is reported where it is.',
    COMPOSE_FALSE_POSITIVE_LINE,
    '',
    'Change a severity (`error`, `warning`, `info`, `style`, `off`) per rule id or alias in the `stevedore.lint.rules.<id>` settings or with `stevedore lint --rule id=severity`; interpolate with other env files through `stevedore.compose.envFile` or `stevedore lint --env-file FILE`.',
    'Engine-aware rules (tagged *engine*) ask the live engine and stay silent when it cannot be reached.',
    '',
    '| id | default | fix | description |',
    '| --- | --- | --- | --- |',
    ...composeRules.map(
      (r) =>
        `| [${r.id}](#${r.id}) | ${r.severity} | ${'fixable' in r && r.fixable ? 'yes' : ''} | ${r.docs.description} |`,
    ),
    '',
  ];
  for (const r of composeRules) {
    lines.push(`## ${r.id}`, '', r.docs.description, '');
    if (r.aliases.length) lines.push(`Aliases: ${r.aliases.map((a) => `\`${a}\``).join(', ')}.`, '');
    const tags = 'tags' in r ? (r.tags as readonly string[]) : [];
    lines.push(
      `Default severity: **${r.severity}**${tags.length ? ` · tags: ${tags.join(', ')}` : ''}${'fixable' in r && r.fixable ? ' · quick fix available' : ''}.`,
      '',
    );
    if ('details' in r.docs && r.docs.details) lines.push(String(r.docs.details), '');
  }
  return lines.join('\n');
}
