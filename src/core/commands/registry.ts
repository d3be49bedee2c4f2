// docker CLI argv for registry login/logout: the Engine API stores no credentials, the CLI's helpers do.

/** `docker login --username U --password-stdin [server]`; the password goes to stdin, never into argv. */
export function loginArgv(username: string, server?: string): string[] {
  if (!username.trim()) throw new Error('A user name is required.');
  if (username.startsWith('-') || server?.startsWith('-'))
    throw new Error('User name and registry must not start with "-".');
  const argv = ['login', '--username', username, '--password-stdin'];
  if (server?.trim()) argv.push(server.trim());
  return argv;
}

export function logoutArgv(server?: string): string[] {
  if (server?.startsWith('-')) throw new Error('The registry must not start with "-".');
  return server?.trim() ? ['logout', server.trim()] : ['logout'];
}

/** The registry part of an image reference ("docker.io" when none), for push hints and login defaults. */
export function registryOf(ref: string): string {
  const first = ref.split('/')[0] ?? '';
  if (ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return first;
  return 'docker.io';
}

/** Removes anything that looks like the password from CLI output before it reaches a log. */
export function redact(text: string, secret: string): string {
  return secret ? text.split(secret).join('********') : text;
}
