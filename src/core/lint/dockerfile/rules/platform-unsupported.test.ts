import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { testRule } from '../tester';
import { validate } from '../index';
import { DEFAULT_LINT_SETTINGS } from '../../types';
import rule from './platform-unsupported';
import type { EngineFacts } from '../../types';

const arm: EngineFacts = {
  engineArchitecture: async () => ({ os: 'linux', architecture: 'aarch64' }),
  imagePlatforms: async (ref) =>
    ref === 'legacy:1'
      ? [{ os: 'linux', architecture: 'amd64' }]
      : ref === 'multi:1'
        ? [{ os: 'linux', architecture: 'arm64' }]
        : undefined,
};
testRule(rule, {
  valid: [
    { code: 'FROM --platform=linux/amd64 legacy:1\n' },
    { code: 'FROM --platform=linux/arm64 legacy:1\nFROM multi:1\nFROM unknown:2\n', facts: arm },
    { code: 'FROM --platform=$BUILDPLATFORM legacy:1\n', facts: arm },
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 multi:1\n',
      facts: arm,
      errors: [
        {
          message:
            '--platform=linux/amd64 differs from the engine\'s linux/arm64: RUN steps need emulation (binfmt/QEMU) or fail with "exec format error"',
          line: 1,
          column: 6,
        },
      ],
    },
  ],
});

describe('platform-unsupported: engine reads', () => {
  it("asks the engine's architecture (GET /version) only for a literal --platform", async () => {
    const asked: string[] = [];
    const facts: EngineFacts = {
      engineArchitecture: async () => {
        asked.push('arch');
        return { os: 'linux', architecture: 'amd64' };
      },
    };
    const lint = (code: string) =>
      validate(
        TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, code),
        { ...DEFAULT_LINT_SETTINGS, rules: {} },
        facts,
      );
    await lint('FROM absent:1\nFROM scratch\nFROM --platform=$BUILDPLATFORM x:1\n');
    expect(asked).toEqual([]);
    await lint('FROM --platform=linux/amd64 absent:1\n');
    expect(asked).toEqual(['arch']);
  });
});
