import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { testRule } from '../tester';
import { validateStaged } from '../index';
import { DEFAULT_LINT_SETTINGS } from '../../types';
import rule from './invalid-base-image-platform';
import type { EngineFacts } from '../../types';

// an arm64 engine with two local images: legacy:1 (amd64 only) and multi:1 (arm64 v8)
const arm: EngineFacts = {
  engineArchitecture: async () => ({ os: 'linux', architecture: 'aarch64' }),
  imagePlatforms: async (ref) =>
    ref === 'legacy:1'
      ? [{ os: 'linux', architecture: 'amd64' }]
      : ref === 'multi:1'
        ? [{ os: 'linux', architecture: 'arm64', variant: 'v8' }]
        : undefined,
};
const message = (image: string, actual: string, expected: string) =>
  `Base image ${image} was pulled with platform "${actual}", expected "${expected}" for current build`;
testRule(rule, {
  valid: [
    // offline: the image's platform is unknown
    { code: 'FROM legacy:1\n' },
    {
      code: 'FROM multi:1\nFROM --platform=linux/arm64 multi:1\nFROM --platform=linux/amd64 legacy:1\nFROM unknown:2\nFROM scratch\n',
      facts: arm,
    },
    // a stage, an image from a variable, a --platform from another variable: not judged
    {
      code: 'FROM legacy:1 AS a\nFROM a\nARG IMG=legacy:1\nFROM $IMG\n',
      facts: { ...arm, imagePlatforms: async () => [] },
    },
    { code: 'ARG P=linux/amd64\nFROM --platform=$P multi:1\n', facts: arm },
    { code: 'FROM --platform=$BUILDPLATFORM multi:1\nFROM --platform=linux/arm64/v8 multi:1\n', facts: arm },
  ],
  invalid: [
    // BuildKit's testBaseImagePlatformMismatch: the local image was built for another platform
    {
      code: 'FROM legacy:1\nENV foo=bar\n',
      facts: arm,
      errors: [{ message: message('legacy:1', 'linux/amd64', 'linux/arm64'), line: 1, column: 1 }],
    },
    {
      code: 'FROM --platform=linux/amd64 multi:1\n',
      facts: arm,
      errors: [{ message: message('multi:1', 'linux/arm64/v8', 'linux/amd64'), line: 1, column: 1 }],
    },
    {
      code: 'FROM --platform=${TARGETPLATFORM} legacy:1\n',
      facts: arm,
      errors: [{ message: message('legacy:1', 'linux/amd64', 'linux/arm64'), line: 1, column: 1 }],
    },
  ],
});

describe('invalid-base-image-platform: engine reads', () => {
  it("asks the engine's architecture only when the image is present and no literal --platform says", async () => {
    const asked: string[] = [];
    const facts: EngineFacts = {
      engineArchitecture: async () => {
        asked.push('arch');
        return { os: 'linux', architecture: 'amd64' };
      },
      imagePlatforms: async (ref) => {
        asked.push(ref);
        return ref === 'legacy:1' ? [{ os: 'linux', architecture: 'amd64' }] : undefined;
      },
    };
    const lint = (code: string) =>
      validateStaged(
        TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, code),
        { ...DEFAULT_LINT_SETTINGS, rules: {} },
        facts,
        [rule],
      ).later;
    await lint('FROM absent:1\nFROM scratch\n');
    expect(asked).toEqual(['absent:1']);
    asked.length = 0;
    await lint('FROM legacy:1\n');
    expect(asked).toEqual(['legacy:1', 'arch']);
    asked.length = 0;
    await lint('FROM --platform=linux/amd64 legacy:1\n');
    expect(asked).toEqual(['legacy:1']);
  });
});
