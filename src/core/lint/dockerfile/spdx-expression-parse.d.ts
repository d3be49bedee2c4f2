declare module 'spdx-expression-parse' {
  /** Throws on an invalid SPDX expression. */
  export default function parse(expression: string): unknown;
}
