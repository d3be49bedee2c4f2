import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { validate } from '../core/lint/dockerfile/index';
import { DEFAULT_LINT_SETTINGS } from '../core/lint/types';
import { codeActionsFor, fixAllEdits, ignoreInFileEdit, ignoreOnLineEdit } from './codeActions';

const docOf = (text: string) => TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, text);
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(docOf(text), edits);
const lint = (text: string) => validate(docOf(text), { ...DEFAULT_LINT_SETTINGS, engineChecks: false });
const find = (d: Diagnostic[], code: string) => d.find((x) => x.code === code)!;

describe('code actions (unit)', () => {
  it('ignore-on-line goes above the whole instruction, keeps indentation and merges into an existing pragma', async () => {
    const text = 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install curl\n';
    const d = find(await lint(text), 'apt-get-yes');
    expect(apply(text, [ignoreOnLineEdit(docOf(text), d)])).toBe(
      'FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get update && \\\n    apt-get install curl\n',
    );
    const withPragma = 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install curl\n';
    const d2 = find(await lint(withPragma), 'apt-get-yes');
    expect(apply(withPragma, [ignoreOnLineEdit(docOf(withPragma), d2)])).toBe(
      'FROM debian:12\n# hadolint ignore=DL3008,DL3014\nRUN apt-get install curl\n',
    );
  });

  it('ignore-in-file goes after parser directives; rules without a DL code use their id', async () => {
    const text = '# syntax=docker/dockerfile:1\n# escape=\\\nFROM alpine:3 as build\n';
    const d = find(await lint(text), 'from-as-casing');
    const out = apply(text, [ignoreInFileEdit(docOf(text), d)]);
    expect(out).toBe(
      '# syntax=docker/dockerfile:1\n# escape=\\\n# hadolint global ignore=from-as-casing\nFROM alpine:3 as build\n',
    );
    expect(await lint(out)).toEqual([]);
  });

  it('fix-all skips overlapping edits and re-lints clean for the fixed rules', async () => {
    const text = 'FROM alpine:3 as Build\nRUN apk add --update curl=8\nCMD run\n';
    const diags = await lint(text);
    const fixed = apply(text, fixAllEdits(diags));
    expect(fixed).toBe('FROM alpine:3 AS build\nRUN apk add --no-cache --update curl=8\nCMD ["run"]\n');
    const again = (await lint(fixed)).map((d) => d.code);
    expect(again).not.toContain('from-as-casing');
    expect(again).not.toContain('json-args-recommended');
  });

  it('many diagnostics of one rule: one file-wide pragma and one docs link, an instruction pragma each', async () => {
    const text = 'FROM alpine:3\nRUN apt-get install curl\nRUN apt-get install git\n';
    const diags = (await lint(text)).filter((d) => d.code === 'apt-get-yes');
    expect(diags).toHaveLength(2);
    const titles = codeActionsFor(docOf(text), diags, diags, { pragmas: true }).map((a) => a.title);
    expect(titles.filter((t) => t === 'Ignore DL3014 for this instruction')).toHaveLength(2);
    expect(titles.filter((t) => t === 'Ignore DL3014 in this file')).toHaveLength(1);
    expect(titles.filter((t) => t === 'Show documentation for apt-get-yes')).toHaveLength(1);
  });

  it('only: quickfix vs source.fixAll', async () => {
    const text = 'FROM alpine:3 as build\n';
    const diags = await lint(text);
    const quick = codeActionsFor(docOf(text), diags, diags, { pragmas: true, only: ['quickfix'] });
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true);
    const all = codeActionsFor(docOf(text), [], diags, { pragmas: true, only: ['source.fixAll'] });
    expect(all.map((a) => a.kind)).toEqual(['source.fixAll.stevedore']);
    expect(
      codeActionsFor(docOf(text), diags, diags, { pragmas: false }).some((a) => a.title.startsWith('Ignore')),
    ).toBe(false);
  });
});
