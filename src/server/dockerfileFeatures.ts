// The editing features of dockerfile-language-service (rcjsuen), served for Dockerfiles only.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DockerfileLanguageService } from 'dockerfile-language-service';
import { familyFor } from '../core/lint';
import { exposeNote, withNote } from '../core/lint/dockerfile/exposeHover';
import { fromImageStart } from '../core/lint/imageCompletion';
import { lineBefore, localImageItems, type FactsSource } from './imageCompletion';
import { parsedDocument } from '../core/lint/dockerfile/parse';
import { perVersion } from './perVersion';
import { semanticTokensLinear } from './semanticTokens';

export function registerDockerfileFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: DockerfileLanguageService,
  facts: FactsSource,
): void {
  const dockerfile = (uri: string): TextDocument | undefined => {
    const d = documents.get(uri);
    return d && familyFor(d.uri, d.languageId) === 'dockerfile' ? d : undefined;
  };
  // A half-typed Dockerfile must never take the server down: every handler answers "nothing" on error.
  const safe =
    <T, R>(fn: (p: T) => R | PromiseLike<R>, empty: R) =>
    async (p: T, token?: { isCancellationRequested: boolean }): Promise<R> => {
      // a request the client cancelled while it waited (behind a lint, say) is answered empty, not computed
      if (token?.isCancellationRequested) return empty;
      try {
        return await fn(p);
      } catch (e) {
        connection.console.error(`dockerfile-language-service: ${String(e)}`);
        return empty;
      }
    };

  connection.onCompletion(
    safe(async (p) => {
      const d = dockerfile(p.textDocument.uri);
      if (!d) return [];
      const items = await service.computeCompletionItems(d.getText(), p.position);
      const start = fromImageStart(lineBefore(d, p.position));
      return start === undefined ? items : [...(await localImageItems(facts, p.position, start)), ...items];
    }, []),
  );
  connection.onCompletionResolve(safe((item) => service.resolveCompletionItem(item), null as never));
  connection.onHover(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      if (!d) return null;
      const hover = service.computeHover(d.getText(), p.position);
      const note = exposeNote(d.getText(), p.position);
      return note ? withNote(hover, note) : hover;
    }, null),
  );
  connection.onSignatureHelp(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? service.computeSignatureHelp(d.getText(), p.position) : null;
    }, null),
  );
  connection.onDocumentSymbol(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? perVersion(d, 'symbols', () => service.computeSymbols(p.textDocument, d.getText())) : [];
    }, []),
  );
  connection.onFoldingRanges(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? perVersion(d, 'folding', () => service.computeFoldingRanges(d.getText())) : [];
    }, []),
  );
  connection.onDocumentFormatting(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d
        ? perVersion(d, `format ${JSON.stringify(p.options)}`, () => service.format(d.getText(), p.options))
        : [];
    }, []),
  );
  connection.onDocumentRangeFormatting(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? service.formatRange(d.getText(), p.range, p.options) : [];
    }, []),
  );
  connection.onDocumentOnTypeFormatting(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? service.formatOnType(d.getText(), p.position, p.ch, p.options) : [];
    }, []),
  );
  connection.onPrepareRename(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? service.prepareRename(d.getText(), p.position) : null;
    }, null),
  );
  connection.onRenameRequest(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d
        ? { changes: { [d.uri]: service.computeRename(p.textDocument, d.getText(), p.position, p.newName) } }
        : null;
    }, null),
  );
  connection.onDocumentHighlight(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? service.computeHighlightRanges(d.getText(), p.position) : [];
    }, []),
  );
  connection.onDefinition(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? service.computeDefinition(p.textDocument, d.getText(), p.position) : null;
    }, null),
  );
  connection.onDocumentLinks(
    safe((p) => {
      const d = dockerfile(p.textDocument.uri);
      return d ? perVersion(d, 'links', () => service.computeLinks(d.getText())) : [];
    }, []),
  );
  connection.onDocumentLinkResolve(safe((l) => service.resolveLink(l), null as never));
  connection.languages.semanticTokens.on(
    safe(
      (p) => {
        const d = dockerfile(p.textDocument.uri);
        if (!d) return { data: [] };
        const compute = (t: string) => service.computeSemanticTokens(t);
        return perVersion(d, 'semanticTokens', () => semanticTokensLinear(compute, d.getText(), parsedDocument(d)));
      },
      { data: [] },
    ),
  );
}
