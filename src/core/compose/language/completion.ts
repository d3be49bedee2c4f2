// Completion of keys and enum values from the compose-spec schema, and of service / network / volume names.
// The context comes from indentation, not from the parse: the document is half-typed while completing.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import type { RefKind } from '../model';
import { keysAt, valuesAt, type JsonSchema } from '../schema';
import { entries, getIn } from '../yamlNodes';
import { modelFor } from '../documentModel';

// values the schema leaves as free strings or patterns, listed in its descriptions
const KNOWN_VALUES: Record<string, string[]> = {
  pull_policy: ['always', 'never', 'missing', 'build', 'if_not_present', 'daily', 'weekly'],
  restart: ['no', 'always', 'on-failure', 'unless-stopped'],
  protocol: ['tcp', 'udp'],
  mode: ['host', 'ingress'],
};

const NAME_LISTS: Record<string, RefKind> = {
  depends_on: 'service',
  links: 'service',
  volumes_from: 'service',
  extends: 'service',
  networks: 'network',
  secrets: 'secret',
  configs: 'config',
};

interface Line {
  indent: number;
  key?: string;
  item: boolean;
}

function parseLine(text: string): Line | undefined {
  if (/^\s*(#.*)?$/.test(text)) return undefined;
  // every part is optional: it matches any line
  const [, lead = '', dash, , key] = /^(\s*)(-\s+)?(?:(["']?)([^\s:"'#][^:#]*?)\3\s*:(?:\s|$))?/.exec(text) ?? [];
  return { indent: lead.length + (dash?.length ?? 0), ...(key ? { key } : {}), item: !!dash };
}

/** Key path of the mapping that a line at `indent` (before `lineNo`) belongs to. */
function parentPath(lines: string[], lineNo: number, indent: number): (string | number)[] {
  const path: (string | number)[] = [];
  let want = indent;
  for (const raw of lines.slice(0, Math.max(0, lineNo)).reverse()) {
    if (want <= 0) break;
    const l = parseLine(raw);
    if (!l) continue;
    const dash = /^(\s*)-\s/.exec(raw)?.[1];
    if (dash !== undefined && dash.length < want && l.indent >= want) {
      path.unshift(0);
      want = dash.length;
      continue;
    }
    if (l.indent < want && l.key) {
      path.unshift(l.key);
      if (dash !== undefined) path.unshift(0);
      want = dash !== undefined ? dash.length : l.indent;
    }
  }
  return path;
}

export function completion(doc: TextDocument, pos: Position): CompletionItem[] {
  const lines = doc.getText().split(/\r?\n/);
  const before = (lines[pos.line] ?? '').slice(0, pos.character);
  const [, valueLead = '', valueDash, key] = /^(\s*)(-\s+)?([\w.-]+):\s+(\S*)$/.exec(before) ?? [];
  if (key !== undefined) {
    const indent = valueLead.length + (valueDash?.length ?? 0);
    const path = [...parentPath(lines, pos.line, indent), key];
    return valueItems(doc, path);
  }
  const keyMatch = /^(\s*)(-\s+)?([\w.-]*)$/.exec(before);
  if (!keyMatch) return [];
  const [, lead = '', dash] = keyMatch;
  const indent = lead.length + (dash?.length ?? 0);
  const path = parentPath(lines, pos.line, indent);
  if (dash) {
    // a list item: names for depends_on / networks / …
    const last = path[path.length - 1];
    const kind = typeof last === 'string' ? NAME_LISTS[last] : undefined;
    return kind ? nameItems(doc, kind) : [];
  }
  const parentKey = path[path.length - 1];
  if (typeof parentKey === 'string' && NAME_LISTS[parentKey] && path.length === 3)
    return nameItems(doc, NAME_LISTS[parentKey]);
  return keyItems(doc, path);
}

/** Where a service's `image:` value starts when the cursor is in it (local image names are offered there). */
export function imageValueStart(doc: TextDocument, pos: Position): number | undefined {
  const lines = doc.getText().split(/\r?\n/);
  const before = (lines[pos.line] ?? '').slice(0, pos.character);
  const m = /^(\s*)(["']?)image\2:\s+(["']?)(\S*)$/.exec(before);
  if (!m) return undefined;
  const [, lead = '', , quote, value = ''] = m;
  if (value.includes(quote || '\n')) return undefined;
  const path = parentPath(lines, pos.line, lead.length);
  return path.length === 2 && path[0] === 'services' ? before.length - value.length : undefined;
}

function keyItems(doc: TextDocument, path: (string | number)[]): CompletionItem[] {
  const keys = keysAt(path);
  let present = new Set<string>();
  try {
    const model = modelFor(doc);
    present = new Set(entries(model.doc, getIn(model.doc, model.doc.contents, path)).map((e) => e.key));
  } catch {
    /* half-typed: offer everything */
  }
  return [...keys]
    .filter(([k]) => !present.has(k))
    .map(([k, s]) => ({
      label: k,
      kind: CompletionItemKind.Property,
      insertText: `${k}: `,
      ...(s.deprecated ? { tags: [1] } : {}),
      ...documentation(describeSchema(s)),
    }));
}

function valueItems(doc: TextDocument, path: (string | number)[]): CompletionItem[] {
  const last = path[path.length - 1];
  if (last === 'network_mode')
    return [...['host', 'none', 'bridge'], ...modelFor(doc).decls.service.map((d) => `service:${d.name}`)].map((v) => ({
      label: v,
      kind: CompletionItemKind.Value,
    }));
  if (typeof last === 'string' && last === 'extends') return nameItems(doc, 'service');
  const values = new Set<string>(valuesAt(path).map(String));
  if (typeof last === 'string') for (const v of KNOWN_VALUES[last] ?? []) values.add(v);
  return [...values].map((v) => ({ label: v, kind: CompletionItemKind.EnumMember }));
}

function nameItems(doc: TextDocument, kind: RefKind): CompletionItem[] {
  try {
    return modelFor(doc).decls[kind].map((d) => ({ label: d.name, kind: CompletionItemKind.Reference, detail: kind }));
  } catch {
    return [];
  }
}

const documentation = (value: string | undefined) =>
  value ? { documentation: { kind: MarkupKind.Markdown, value } } : {};

function describeSchema(s: JsonSchema): string | undefined {
  return s.description ?? s.oneOf?.find((o) => o.description)?.description;
}
