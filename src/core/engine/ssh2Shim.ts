// Bundled in place of `ssh2` (docker-modem requires it at load time). We reach ssh:// engines through the
// `ssh` command (transport.ts), so ssh2 and its native parts stay out of the bundles.
export class Client {
  constructor() {
    throw new Error('ssh2 is not bundled; ssh:// endpoints go through `ssh … docker system dial-stdio`');
  }
}
