// The `yaml` values core uses, bound once. `yaml` is CommonJS: each module importing it on its own makes the bundle
// copy all its exports again when the unit loads, and each `lib.X` access through that copy is a getter call.
import * as lib from 'yaml';

export const Alias = lib.Alias;
export type Alias = lib.Alias;
export const Pair = lib.Pair;
export type Pair<K = unknown, V = unknown> = lib.Pair<K, V>;
export const Scalar = lib.Scalar;
export type Scalar<T = unknown> = lib.Scalar<T>;
export const YAMLMap = lib.YAMLMap;
export type YAMLMap<K = unknown, V = unknown> = lib.YAMLMap<K, V>;
export const YAMLSeq = lib.YAMLSeq;
export type YAMLSeq<T = unknown> = lib.YAMLSeq<T>;
export const parseDocument = lib.parseDocument;
export type { Document, Node } from 'yaml';
