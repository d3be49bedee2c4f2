import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { validate } from '../core/lint/dockerfile/index';
import { DEFAULT_LINT_SETTINGS } from '../core/lint/types';
import { codeActionsFor, fixAllEdits } from './codeActions';
import { MANY_DIAGNOSTICS } from './quickFixes';
import { ignoreInFileEdit, ignoreOnLineEdit } from './pragmaEdits';

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

describe('code actions over many diagnostics (unit)', () => {
  const text = `FROM ubuntu:22.04\n${'RUN apt-get install curl\nMAINTAINER x\n'.repeat(12)}`;

  it('come one per rule, each title once, and each action does what it says', async () => {
    const diags = await lint(text);
    expect(diags.length).toBeGreaterThan(MANY_DIAGNOSTICS);
    const actions = codeActionsFor(docOf(text), diags, diags, { pragmas: true, only: ['quickfix'] });
    const titles = actions.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
    const byTitle = (t: string) => actions.find((a) => a.title === t)?.edit?.changes?.['file:///x/Dockerfile'] ?? [];

    const maintainer = diags.filter((d) => d.code === 'maintainer-deprecated');
    expect(maintainer).toHaveLength(12);
    const fixed = apply(text, byTitle('Fix the 12 DL4000 problems'));
    expect((await lint(fixed)).map((d) => d.code)).not.toContain('maintainer-deprecated');

    const ignored = apply(text, byTitle('Ignore DL3008 for these 12 instructions'));
    expect(ignored.match(/# hadolint ignore=DL3008\nRUN/g)).toHaveLength(12);
    expect((await lint(ignored)).map((d) => d.code)).not.toContain('apt-get-pin');
    expect(titles).toContain('Ignore DL3008 in this file');
    expect(titles.filter((t) => t.startsWith('Show documentation for apt-get-pin'))).toHaveLength(1);
  });

  it('pragmas of several rules on one instruction merge into one line when applied in turn', async () => {
    let current = text;
    for (const name of ['DL3008', 'DL3015']) {
      const diags = await lint(current);
      const actions = codeActionsFor(docOf(current), diags, diags, { pragmas: true, only: ['quickfix'] });
      const edit = actions.find((a) => a.title === `Ignore ${name} for these 12 instructions`)?.edit;
      current = apply(current, edit?.changes?.['file:///x/Dockerfile'] ?? []);
    }
    expect(current.match(/# hadolint ignore=DL3008,DL3015\nRUN/g)).toHaveLength(12);
  });
});
