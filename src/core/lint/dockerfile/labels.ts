// LABEL helpers shared by the label-schema rules (DL3048–DL3058).
import type { Property } from 'dockerfile-ast';
import type { Node } from './model';

export const LABEL_TYPES = ['text', 'url', 'email', 'rfc3339', 'semver', 'hash', 'spdx'] as const;
export type LabelType = (typeof LABEL_TYPES)[number];

export function labelProps(node: Node): Property[] {
  return node.keyword === 'LABEL' ? node.properties : [];
}

export function unquoted(p: Property): string {
  return (p.getValue() ?? '').replace(/^(["'])(.*)\1$/s, '$2');
}

/** A LABEL listener checking every label whose schema type is `type`. */
export function typedLabelCheck(
  schema: Record<string, string> | undefined,
  type: LabelType,
  valid: (v: string) => boolean,
  report: (p: Property) => void,
): { LABEL: (node: Node) => void } {
  return {
    LABEL(node) {
      if (!schema) return;
      for (const p of labelProps(node)) {
        const v = unquoted(p);
        if (schema[p.getName()] === type && v !== '' && !v.includes('$') && !valid(v)) report(p);
      }
    },
  };
}
