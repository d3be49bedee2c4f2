import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_LINT_SETTINGS, type LintSettings } from '../types';
import { validate } from './index';

const lint = async (text: string, settings: Partial<LintSettings> = {}) =>
  validate(TextDocument.create('untitled:Dockerfile', 'dockerfile', 1, text), {
    ...DEFAULT_LINT_SETTINGS,
    engineChecks: false,
    ...settings,
  });
const codes = async (text: string, settings: Partial<LintSettings> = {}) =>
  (await lint(text, settings)).map((d) => `${d.range.start.line + 1}:${String(d.code)}`);

const APT = 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';

describe('suppressions and severities (unit)', () => {
  it('reports apt-get-pin without a pragma', async () => {
    expect(await codes(APT)).toEqual(['2:apt-get-pin']);
  });
  it('# hadolint ignore= applies to the next instruction only, by alias or id', async () => {
    const text =
      'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n';
    expect(await codes(text)).toEqual(['4:apt-get-pin']);
    expect(await codes(text.replace('DL3008', 'DL3015,apt-get-pin'))).toEqual(['4:apt-get-pin']);
  });
  it('covers every line of a continued instruction', async () => {
    const text =
      'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl && \\\n    rm -rf /var/lib/apt/lists/*\n';
    expect(await codes(text)).toEqual([]);
  });
  it('# hadolint global ignore= applies to the file', async () => {
    expect(await codes(`# hadolint global ignore=DL3008\n${APT}`)).toEqual([]);
  });
  it('BuildKit # check=skip= and error=true', async () => {
    const text = 'FROM alpine:3 as Build\n';
    expect(await codes(text)).toEqual(['1:from-as-casing', '1:stage-name-casing']);
    expect(await codes(`# check=skip=StageNameCasing\n${text}`)).toEqual(['2:from-as-casing']);
    expect(await codes(`# check=skip=all\n${text}`)).toEqual([]);
    expect(await codes('# check=skip=JSONArgsRecommended\nFROM alpine:3\nCMD run\n')).toEqual([]);
    expect(await codes('# check=skip=all\nFROM alpine:3\nRUN sudo x\n')).toEqual(['3:no-sudo']);
    const errs = await lint(`# check=error=true\n${text}`);
    expect(errs.map((d) => d.severity)).toEqual([DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
  });
  it('a BUILDKIT_DOCKERFILE_CHECK build argument replaces the # check= directive, as BuildKit does', async () => {
    const text = 'FROM alpine:3 as Build\n';
    const arg = (v: string) => ({ buildArgs: { BUILDKIT_DOCKERFILE_CHECK: v } });
    expect(await codes(`# check=skip=all\n${text}`, arg('skip=StageNameCasing'))).toEqual(['2:from-as-casing']);
    expect(await codes(`# check=skip=FromAsCasing\n${text}`, arg('skip=all'))).toEqual([]);
    const errs = await lint(`# check=skip=all\n${text}`, arg('error=true'));
    expect(errs.map((d) => d.severity)).toEqual([DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
    // other build arguments change nothing: the checks judge the file's defaults
    expect(await codes('ARG V\nFROM alpine:$V\n', { buildArgs: { V: '3' } })).toEqual([
      '2:invalid-default-arg-in-from',
    ]);
  });
  it('# hadolint shell= with a non-POSIX shell disables the shell rules', async () => {
    expect(
      await codes(
        '# hadolint shell=powershell\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN cd c:\\x ; apt-get install curl\n',
      ),
    ).toEqual([]);
  });
  it('SHELL with a non-POSIX shell disables the shell rules for the rest of its stage', async () => {
    const win =
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nRUN sudo a\nSHELL ["pwsh", "-c"]\nRUN sudo b\nONBUILD RUN sudo c\n';
    expect(await codes(win)).toEqual(['2:no-sudo']);
    expect(await codes(win.replace('"pwsh"', '"C:\\\\Program Files\\\\PowerShell\\\\pwsh.exe"'))).toEqual([
      '2:no-sudo',
    ]);
    expect(await codes(win.replace('"pwsh", "-c"', '"cmd", "/S", "/C"'))).toEqual(['2:no-sudo']);
    // back to a POSIX shell, a new stage, or a stage built on the pwsh stage
    expect(await codes(`${win}SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN sudo d\n`)).toEqual([
      '2:no-sudo',
      '7:no-sudo',
    ]);
    expect(await codes(`${win}FROM debian:12\nRUN sudo d\n`)).toEqual(['2:no-sudo', '7:no-sudo']);
    expect(await codes(`${win}FROM win\nRUN sudo d\n`)).toEqual(['2:no-sudo']);
  });
  it('EXPOSE ip:host:container is reported once, by the most specific rule', async () => {
    expect(await codes('FROM alpine:3.20\nEXPOSE 127.0.0.1:80:80\nUSER 65534\n')).toEqual(['2:expose-invalid-format']);
  });
  it('settings: severity by alias or id (id wins), ignore by alias', async () => {
    const sev = async (rules: LintSettings['rules']) => (await lint(APT, { rules })).map((d) => d.severity);
    expect(await sev({})).toEqual([DiagnosticSeverity.Warning]);
    expect(await sev({ DL3008: 'error' })).toEqual([DiagnosticSeverity.Error]);
    expect(await sev({ DL3008: 'error', 'apt-get-pin': 'info' })).toEqual([DiagnosticSeverity.Information]);
    expect(await sev({ 'apt-get-pin': 'off' })).toEqual([]);
    expect(await codes(APT, { ignore: ['dl3008'] })).toEqual([]);
  });
  it('off-by-default rules can be enabled', async () => {
    expect(await codes('FROM alpine:3\n')).toEqual([]);
    expect(await codes('FROM alpine:3\n', { rules: { DL3057: 'info' } })).toEqual(['1:healthcheck-missing']);
  });
  it('diagnostics carry code, docs link, source and aliases', async () => {
    const [d] = await lint(APT);
    expect(d).toMatchObject({
      code: 'apt-get-pin',
      source: 'stevedore',
      codeDescription: { href: expect.stringContaining('docs/rules/apt-get-pin.md') },
      data: { aliases: ['DL3008'] },
    });
  });
  it('tricky documents lint without throwing', async () => {
    for (const text of [
      '',
      '\n\n',
      'FROM',
      'RUN',
      '# escape=`\nFROM alpine\nRUN echo `\n  hi\n',
      'FROM alpine\nONBUILD ONBUILD RUN x\n',
      'FROM alpine\nRUN <<EOF\nEOF\n',
      'FROM alpine\nRUN "unterminated \'quote\n',
      'FROM alpine\nCOPY <<EOF /x\nhi\nEOF\n',
      'ARG\nFROM ${\n',
      '\uFEFFFROM alpine\n',
    ]) {
      await expect(lint(text)).resolves.toBeInstanceOf(Array);
    }
  });
});
