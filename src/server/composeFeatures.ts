// Compose editing features (completion, hover, symbols, definition, references, links) on the one LSP connection.
// Each request type has a single handler per connection: the Dockerfile features register theirs through this
// wrapper, which answers compose documents itself and hands everything else to the Dockerfile handler.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { completion, imageValueStart } from '../core/compose/language/completion';
import { hover } from '../core/compose/language/hover';
import { documentLinks } from '../core/compose/language/links';
import { definition, documentSymbols, references } from '../core/compose/language/navigation';
import { familyFor } from '../core/lint';
import { localImageItems, type FactsSource } from './imageCompletion';

type Params = { textDocument: { uri: string }; position?: Position };
type Handler = (params: never, ...rest: never[]) => unknown;

export function withComposeFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  facts: FactsSource,
): Connection {
  const compose = (uri: string): TextDocument | undefined => {
    const d = documents.get(uri);
    return d && familyFor(d.uri, d.languageId) === 'compose' ? d : undefined;
  };
  // broken YAML must never take the server down: a failing feature answers "nothing"
  const safe = <R>(what: string, f: () => R, empty: R): R => {
    try {
      return f();
    } catch (e) {
      connection.console.error(`compose ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return empty;
    }
  };
  const features: Record<string, (d: TextDocument, p: Params) => unknown> = {
    // the position-taking requests always carry one
    onCompletion: async (d, { position }) => {
      if (!position) return [];
      const start = safe('completion', () => imageValueStart(d, position), undefined);
      const local = start === undefined ? [] : await localImageItems(facts, position, start);
      return [...local, ...safe('completion', () => completion(d, position), [])];
    },
    onHover: (d, { position }) => (position ? safe('hover', () => hover(d, position), null) : null),
    onDocumentSymbol: (d) => safe('symbols', () => documentSymbols(d), []),
    onDefinition: (d, { position }) => (position ? safe('definition', () => definition(d, position), null) : null),
    onDocumentLinks: (d) => safe('links', () => documentLinks(d), []),
    onSignatureHelp: () => null,
    onFoldingRanges: () => null,
    onDocumentFormatting: () => null,
    onDocumentRangeFormatting: () => null,
    onDocumentOnTypeFormatting: () => null,
    onPrepareRename: () => null,
    onRenameRequest: () => null,
    onDocumentHighlight: () => null,
  };
  connection.onReferences((p) => {
    const d = compose(p.textDocument.uri);
    return d ? safe('references', () => references(d, p.position, p.context.includeDeclaration), []) : [];
  });
  return new Proxy(connection, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop === 'onDocumentLinkResolve' && typeof value === 'function') {
        // compose links carry their target already
        return (h: Handler) =>
          (value as (h: Handler) => unknown).call(target, ((link: { target?: string }, ...rest: never[]) =>
            link.target && link.target.startsWith('file:')
              ? link
              : (h as (l: unknown, ...r: never[]) => unknown)(link, ...rest)) as Handler);
      }
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      const mine = prop in features ? features[prop] : undefined;
      if (!mine) return value;
      return (h: Handler) =>
        (value as (h: Handler) => unknown).call(target, ((p: Params, ...rest: never[]) => {
          const d = p?.textDocument ? compose(p.textDocument.uri) : undefined;
          return d ? mine(d, p) : (h as (p: Params, ...r: never[]) => unknown)(p, ...rest);
        }) as Handler);
    },
  });
}
