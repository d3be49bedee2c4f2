// The build context's ignore file, when it exists but was not read (a special file, too large, outside an
// untrusted workspace): one notice at the top of the Dockerfile saying why.
import { dirname } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { notices } from '../notices';
import type { LintSettings } from '../types';
import { dockerignoreFor } from './dockerignore';

export function unreadIgnoreFile(filePath: string | undefined, settings: LintSettings): Diagnostic | undefined {
  if (!filePath) return undefined;
  const m = dockerignoreFor(filePath, settings.buildContext ?? dirname(filePath), settings.readWithin);
  return m?.unread ? notices.fileNotRead(m.file, m.unread) : undefined;
}
