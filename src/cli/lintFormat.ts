// Output formats of `stevedore lint`: stylish (humans), json, sarif (code scanning), checkstyle (CI).
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta } from '../core/lint/types';

export const FORMATS = ['stylish', 'json', 'sarif', 'checkstyle'] as const;
export type Format = (typeof FORMATS)[number];
export type FindingSeverity = 'error' | 'warning' | 'info' | 'style';

/** One finding as `--format json` prints it (1-based positions). */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  aliases: string[];
  severity: FindingSeverity;
  message: string;
  /** docs page of the rule */
  url?: string;
  fixable?: boolean;
}

export function formatJson(findings: JsonFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

export function formatStylish(findings: JsonFinding[], color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor: Record<FindingSeverity, string> = { error: '31', warning: '33', info: '36', style: '90' };
  const byFile = new Map<string, JsonFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  let out = '';
  for (const [file, fs] of byFile) {
    out += `\n${c('4', file)}\n`;
    const pos = fs.map((f) => `${f.line}:${f.column}`);
    const w = Math.max(...pos.map((p) => p.length));
    const sw = Math.max(...fs.map((f) => f.severity.length));
    fs.forEach((f, i) => {
      const rule = f.aliases.length ? `${f.rule} (${f.aliases.join(', ')})` : f.rule;
      out += `  ${c('2', (pos[i] ?? '').padEnd(w))}  ${c(sevColor[f.severity], f.severity.padEnd(sw))}  ${f.message}  ${c('2', rule)}\n`;
    });
  }
  if (findings.length) {
    const count = (s: FindingSeverity) => findings.filter((f) => f.severity === s).length;
    const parts = (['error', 'warning', 'info', 'style'] as const)
      .map((s) => [s, count(s)] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}${n === 1 || s === 'style' || s === 'info' ? '' : 's'}`);
    out += `\n${c('1', `✖ ${findings.length} problem${findings.length === 1 ? '' : 's'} (${parts.join(', ')})`)}\n`;
    const fixable = findings.filter((f) => f.fixable).length;
    if (fixable) out += `  ${fixable} of them can be fixed with the quick fixes in the editor.\n`;
  }
  return out;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function formatCheckstyle(findings: JsonFinding[]): string {
  const byFile = new Map<string, JsonFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const [file, fs] of byFile) {
    out += `  <file name="${xml(file)}">\n`;
    for (const f of fs) {
      const sev = f.severity === 'style' ? 'info' : f.severity;
      out += `    <error line="${f.line}" column="${f.column}" severity="${sev}" message="${xml(f.message)}" source="${xml(f.rule)}"/>\n`;
    }
    out += '  </file>\n';
  }
  return `${out}</checkstyle>\n`;
}

export function formatSarif(findings: JsonFinding[], rules: readonly RuleMeta[], version: string, cwd: string): string {
  const used = new Set(findings.map((f) => f.rule));
  const ruleList = rules.filter((r) => used.has(r.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const level = (s: FindingSeverity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stevedore',
            informationUri: 'https://github.com/stevedore-dev/stevedore',
            version,
            rules: ruleList.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.docs.description },
              helpUri: r.docs.url,
              ...(r.aliases.length ? { properties: { aliases: r.aliases } } : {}),
              defaultConfiguration: { level: r.severity === 'off' ? 'none' : level(r.severity) },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: level(f.severity),
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation:
                  f.file === '-'
                    ? { uri: 'stdin' }
                    : {
                        uri: relative(cwd, f.file).startsWith('..')
                          ? pathToFileURL(f.file).toString()
                          : relative(cwd, f.file).split('\\').join('/'),
                      },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
