// The packages every esbuild bundle of Stevedore resolves in its own way (scripts/build.mjs, scripts/bench.mjs).
export const bundleAliases = {
  // docker-modem requires ssh2 (with native parts) at load; ssh:// engines are reached through `ssh … docker system dial-stdio`
  ssh2: './src/core/engine/ssh2Shim.ts',
  // dockerode's BuildKit session and trace decoding, unused and unusable from a bundle (see buildKitShim.ts)
  '@grpc/grpc-js': './src/core/engine/buildKitShim.ts',
  '@grpc/proto-loader': './src/core/engine/buildKitShim.ts',
  protobufjs: './src/core/engine/buildKitShim.ts',
  // its CommonJS build for every importer. dockerfile-ast and vscode-languageserver require() it, our code imports
  // it: with the ESM build picked for our imports, each require() copied all its exports.
  'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/umd/main.js',
};
