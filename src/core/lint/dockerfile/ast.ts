// dockerfile-ast's classes bound once: through esbuild's CommonJS interop every `lib.X` access is a
// getter call, which showed up at ~5% of lint time on instanceof checks in hot listeners.
// `import = require` is a plain require() in the bundle: an ES import of a CommonJS module goes through esbuild's
// interop, which copies every export into an object of getters (garbage made while a short CLI run starts).
import lib = require('dockerfile-ast');

// (one import of the CommonJS module for the whole bundle: each importing module would copy all its exports again)
export const Argument = lib.Argument;
export type Argument = lib.Argument;
export const DockerfileParser = lib.DockerfileParser;
export const Instruction = lib.Instruction;
export type Instruction = lib.Instruction;
export const Arg = lib.Arg;
export type Arg = lib.Arg;
export const Copy = lib.Copy;
export type Copy = lib.Copy;
export const Env = lib.Env;
export type Env = lib.Env;
export const From = lib.From;
export type From = lib.From;
export const JSONInstruction = lib.JSONInstruction;
export type JSONInstruction = lib.JSONInstruction;
export const Label = lib.Label;
export type Label = lib.Label;
export const ModifiableInstruction = lib.ModifiableInstruction;
export type ModifiableInstruction = lib.ModifiableInstruction;
export const Onbuild = lib.Onbuild;
export type Onbuild = lib.Onbuild;
export const Run = lib.Run;
export type Run = lib.Run;
export type { Dockerfile, Property } from 'dockerfile-ast';
