import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { withBuildKitContinuations } from './continuations';
import { parseDockerfile } from './parse';
import { VALIDATOR_SETTINGS, validatorDiagnostics } from './validator';

// The validator runs over the lint's own parse (the fork's DockerfileParser.reusing): it must find exactly what it
// finds parsing the text itself, on real Dockerfiles and on the upstream test suites' cases.
const corpus = (): string[] => {
  const real = join(__dirname, '../../../../test/fixtures/real');
  const lint = join(__dirname, '../../../../test/fixtures/lint');
  const cases = (f: string) =>
    (JSON.parse(readFileSync(join(__dirname, '../../../../test/fidelity', f), 'utf8')) as { dockerfile: string }[]).map(
      (c) => c.dockerfile,
    );
  return [
    ...readdirSync(real).map((f) => readFileSync(join(real, f), 'utf8')),
    ...readdirSync(lint).map((f) => readFileSync(join(lint, f), 'utf8')),
    ...cases('hadolint/cases.json'),
    ...cases('buildkit/cases.json'),
    'FROM x\nCOPY a \\\n\tC:\\\\dir\\\\\n\nENV A=1\n', // a BuildKit continuation: the text the validator sees differs
    'FROM x\nRUN a \\\n\n  b\n', // empty continuation line
    'FROM x\nRUN <<EOF\necho hi\nEOF\n',
    '',
    'FROM',
  ];
};

describe("dockerfile-utils' validator over the lint's parse", () => {
  it('finds what it finds on its own', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) {
      const doc = TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, text);
      const shared = validatorDiagnostics(doc, parseDockerfile(text).dockerfile);
      const alone = validate(withBuildKitContinuations(text), VALIDATOR_SETTINGS);
      expect(shared, text).toEqual(alone);
    }
  });

  it('reads the model it is given instead of parsing the text again', () => {
    // a model of another text, given on purpose: what the validator reports shows which one it read
    const doc = TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, 'FROM alpine\n');
    expect(validatorDiagnostics(doc)).toEqual([]);
    const other = TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, 'FROM alpine\n\n');
    expect(validatorDiagnostics(other, parseDockerfile('FROM\n').dockerfile).map((d) => d.message)).toEqual([
      'Instruction has no arguments',
    ]);
  });
});
