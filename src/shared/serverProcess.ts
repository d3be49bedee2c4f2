// How the language server process is started: by the extension's language client, and by the fuzz driver
// (test/fuzz/drive.mjs), which stands in for it and must start it the same way.

/**
 * V8's old-space cap for the server. Without it V8 lets the heap grow to about twice what is live before a full
 * collection: over the fuzz's heaviest documents (170 KB compose files, 10,000-finding Dockerfiles) the peak RSS
 * settled near 390 MB for some 170 MB live; with the cap it settles near 240 MB. The heaviest request known (code
 * actions over the 40,000 findings of a 500 KB Dockerfile, the largest linted in full) stays under it.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-old-space-size=320'];
