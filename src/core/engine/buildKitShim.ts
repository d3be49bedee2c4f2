// Bundled in place of @grpc/grpc-js, @grpc/proto-loader and protobufjs (scripts/build.mjs). dockerode requires them at
// load for two features Stevedore does not use: BuildKit sessions (`buildImage` with `version: '2'`) and the decoding
// of BuildKit trace messages (`docker.followProgress`). Both read .proto files from dockerode's own folder, which no
// bundle has, so they could not work from a bundle anyway. Builds run through the docker CLI (buildCli.ts) or the
// classic builder's API (actionsBuild.ts). Leaving the three out takes 400 KB from every bundle that reaches the
// engine: the CLI's engine checks and the extension's activation compile that much less code.
function unavailable(): never {
  throw new Error('BuildKit sessions and trace decoding through dockerode are not bundled; builds use the docker CLI');
}

export const loadSync = unavailable;
export const loadPackageDefinition = unavailable;
export const ServerCredentials = { createInsecure: unavailable };
export class Server {
  constructor() {
    unavailable();
  }
}
