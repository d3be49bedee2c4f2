// Language server entry (dist/server.js): connects the LSP connection, documents, settings and engine facts to core's linters.
//
// Adding a lint family (e.g. compose): the server and the CLI dispatch through the family registry in
// src/core/lint/index.ts. A family exports `validate(doc, settings, facts)` from its index and gets one
// entry in `loaders` there (compose is registered: compose file names → src/core/lint/compose). To
// publish offline findings before engine ones, also return `validateStaged` from the loader. Code
// actions (fixes from DiagnosticData, docs links, fix-all) work for every family; ignore pragmas are
// offered for Dockerfiles only.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './languageServer';

startLanguageServer(createConnection(ProposedFeatures.all));
