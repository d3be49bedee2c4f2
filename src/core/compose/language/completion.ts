// Completion of keys and enum values from the compose-spec schema, and of service / network / volume names.
// The context comes from indentation, not from the parse: the document is half-typed while completing.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import type { RefKind } from '../model';
import { keysAt, valuesAt, type JsonSchema } from '../schema';
import { entries, getIn } from '../yamlNodes';
import { modelFor } from './locate';

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
  const m = /^(\s*)(-\s+)?(?:(["']?)([^\s:"'#][^:#]*?)\3\s*:(?:\s|$))?/.exec(text)!;
  return { indent: m[1]!.length + (m[2]?.length ?? 0), ...(m[4] ? { key: m[4] } : {}), item: !!m[2] };
}

/** Key path of the mapping that a line at `indent` (before `lineNo`) belongs to. */
function parentPath(lines: string[], lineNo: number, indent: number): (string | number)[] {
  const path: (string | number)[] = [];
  let want = indent;
  for (let i = lineNo - 1; i >= 0 && want > 0; i--) {
    const raw = lines[i]!;
    const l = parseLine(raw);
    if (!l) continue;
    const dash = /^(\s*)-\s/.exec(raw);
    if (dash && dash[1]!.length < want && l.indent >= want) {
      path.unshift(0);
      want = dash[1]!.length;
      continue;
    }
    if (l.indent < want && l.key) {
      path.unshift(l.key);
      if (dash) path.unshift(0);
      want = dash ? dash[1]!.length : l.indent;
    }
  }
  return path;
}

export function completion(doc: TextDocument, pos: Position): CompletionItem[] {
  const lines = doc.getText().split(/\r?\n/);
  const before = (lines[pos.line] ?? '').slice(0, pos.character);
  const valueMatch = /^(\s*)(-\s+)?([\w.-]+):\s+(\S*)$/.exec(before);
  if (valueMatch) {
    const indent = valueMatch[1]!.length + (valueMatch[2]?.length ?? 0);
    const path = [...parentPath(lines, pos.line, indent), valueMatch[3]!];
    return valueItems(doc, path);
  }
  const keyMatch = /^(\s*)(-\s+)?([\w.-]*)$/.exec(before);
  if (!keyMatch) return [];
  const indent = keyMatch[1]!.length + (keyMatch[2]?.length ?? 0);
  const path = parentPath(lines, pos.line, indent);
  if (keyMatch[2]) {
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
  if (!m || m[4]!.includes(m[3] || '\n')) return undefined;
  const path = parentPath(lines, pos.line, m[1]!.length);
  return path.length === 2 && path[0] === 'services' ? before.length - m[4]!.length : undefined;
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
      ...(describeSchema(s) ? { documentation: { kind: MarkupKind.Markdown, value: describeSchema(s)! } } : {}),
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

function describeSchema(s: JsonSchema): string | undefined {
  return s.description ?? s.oneOf?.find((o) => o.description)?.description;
}
