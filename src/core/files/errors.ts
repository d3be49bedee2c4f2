// Failures of file operations, by cause; the editor shell maps each code to its own error type.

export type FilesErrorCode =
  'notFound' | 'exists' | 'isDirectory' | 'notDirectory' | 'readOnly' | 'tooLarge' | 'needsRunning' | 'failed';

export class FilesError extends Error {
  constructor(
    readonly code: FilesErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FilesError';
  }
}

export function isFilesError(e: unknown, code?: FilesErrorCode): e is FilesError {
  return e instanceof FilesError && (code === undefined || e.code === code);
}

/** The editor's limit: larger files are offered as a download instead. */
export const maxEditorBytes = 50 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
