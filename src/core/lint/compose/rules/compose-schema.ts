import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { analyze } from '../../../compose/analyze';
import { validateSchema, type JsonSchema } from '../../../compose/schema';
import { get, getIn, isMap, isScalar, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  null: 'null',
};
const SHAPE_KEYWORDS = new Set(['type', 'oneOf', 'anyOf', 'not', 'if']);

export const composeSchema = defineRule({
  id: 'compose-schema',
  aliases: ['invalid-schema'],
  docs: {
    description: 'The file must follow the Compose Specification schema (keys, types, allowed values).',
    details:
      'Every violation is reported on the key or value at fault, not only the first one.\n\n```yaml\nservices:\n  web:\n    imagee: nginx   # not a service key: did you mean `image`?\n    ports: 8080:80  # must be a list\n```',
    url: docsUrl('compose-schema'),
  },
  severity: 'error',
  fixable: true,
  messages: {
    unknownKey: (key: string, where: string, suggestion?: string) =>
      `\`${key}\` is not a ${where} key${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
    type: (name: string, types: string[]) => `\`${name}\` must be ${orList(types.map((t) => TYPE_NAMES[t] ?? t))}`,
    enum: (name: string, allowed: string[], suggestion?: string) =>
      `\`${name}\` must be one of ${allowed.join(', ')}${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
    required: (name: string, key: string) => `\`${name}\` needs the key \`${key}\``,
    other: (name: string, what: string) => `\`${name}\` ${what}`,
  },
  create: (ctx: ComposeContext) => ({ check: () => check(ctx, composeSchema.messages) }),
});

type Messages = typeof composeSchema.messages;

function check(ctx: ComposeContext, m: Messages): void {
  const { doc } = ctx.model;
  if (ctx.model.parsed.problems.some((p) => p.kind === 'syntax') || doc.contents === null) return;
  const errors = relevant(validateSchema(analyze(doc).js));
  const seen = new Set<string>();
  const typeGroups = new Map<string, { err: ErrorObject; types: string[] }>();
  for (const e of errors) {
    const path = splitPath(e.instancePath);
    const node = getIn(doc, doc.contents, path);
    if (isReset(node) || (isScalar(node) && typeof node.value === 'string' && node.value.includes('$'))) continue;
    const name = displayName(path);
    if (e.keyword === 'type') {
      const g = typeGroups.get(e.instancePath) ?? { err: e, types: [] };
      for (const t of [e.params.type].flat() as string[]) if (!g.types.includes(t)) g.types.push(t);
      typeGroups.set(e.instancePath, g);
      continue;
    }
    let message: string;
    let at: Node | undefined = node;
    let fix: { title: string; newText: string } | undefined;
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      const entry = get(doc, node, key);
      at = entry?.keyNode ?? node;
      const candidates = Object.keys((e.parentSchema as JsonSchema | undefined)?.properties ?? {});
      const suggestion = suggest(key, candidates);
      message = m.unknownKey(key, where(path), suggestion);
      if (suggestion && entry && !entry.merged)
        fix = { title: `Change \`${key}\` to \`${suggestion}\``, newText: suggestion };
    } else if (e.keyword === 'enum') {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const suggestion = isScalar(node) ? suggest(String(node.value), allowed) : undefined;
      message = m.enum(name, allowed, suggestion);
      if (suggestion) fix = { title: `Change to \`${suggestion}\``, newText: suggestion };
    } else if (e.keyword === 'required') {
      message = m.required(name, String(e.params.missingProperty));
      at = keyOf(ctx, path) ?? node;
    } else if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      message = m.other(
        name,
        e.params.passingSchemas ? 'matches more than one allowed form' : 'does not match any allowed form',
      );
    } else {
      message = m.other(name, e.message ?? 'is invalid');
    }
    const k = `${e.instancePath}|${message}`;
    if (seen.has(k) || !at) continue;
    seen.add(k);
    const range = ctx.range(at);
    ctx.report({
      range,
      message,
      ...(fix ? { fix: { title: fix.title, edits: [{ range, newText: fix.newText }] } } : {}),
    });
  }
  for (const [p, g] of typeGroups) {
    const path = splitPath(p);
    const node = getIn(doc, doc.contents, path);
    const types = g.types.length > 1 ? g.types.filter((t) => t !== 'null') : g.types;
    if (node) ctx.report({ range: ctx.range(node), message: m.type(displayName(path), types) });
  }
}

/** Keep the errors that explain the problem: a shape mismatch at P is noise when a branch matched P's shape and failed deeper. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => !SHAPE_KEYWORDS.has(e.keyword));
  const explained = (p: string) => specific.some((s) => s.instancePath === p || s.instancePath.startsWith(p + '/'));
  const out = errors.filter((e) => {
    if (e.keyword === 'if' || e.keyword === 'not') return false;
    if (e.keyword === 'type') return !explained(e.instancePath);
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      if (e.params.passingSchemas) return true;
      return (
        !explained(e.instancePath) && !errors.some((o) => o.keyword === 'type' && o.instancePath === e.instancePath)
      );
    }
    return true;
  });
  // `uniqueItems` etc. under a branch that did not match the type are still shown; only exact duplicates are merged later.
  return out;
}

function isReset(node: Node | undefined): boolean {
  return node?.tag === '!reset';
}

function splitPath(p: string): (string | number)[] {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function displayName(path: (string | number)[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path
      .slice(0, -1)
      .filter((s) => typeof s === 'string')
      .pop();
    return `${parent ?? 'item'}[${last}]`;
  }
  if (path.length === 2 && ['services', 'networks', 'volumes', 'secrets', 'configs'].includes(String(path[0])))
    return String(last);
  return last;
}

function where(path: (string | number)[]): string {
  if (path.length === 0) return 'top-level';
  if (path.length === 2) {
    const kind = {
      services: 'service',
      networks: 'network',
      volumes: 'volume',
      secrets: 'secret',
      configs: 'config',
      models: 'model',
    }[String(path[0])];
    if (kind) return kind;
  }
  return `\`${displayName(path)}\``;
}

function keyOf(ctx: ComposeContext, path: (string | number)[]): Node | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = getIn(ctx.model.doc, ctx.model.doc.contents, path.slice(0, -1));
  return isMap(parent) ? get(ctx.model.doc, parent, last)?.keyNode : undefined;
}

export function suggest(word: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = candidates.find((c) => c.toLowerCase() === word.toLowerCase() || c === word.replace(/-/g, '_'));
  if (lower) return lower;
  const best = closest(word, candidates);
  return distance(word, best) <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function orList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}
