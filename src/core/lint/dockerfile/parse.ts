// One parse per lint: dockerfile-ast's public output, with the lists every rule and the walker read taken once.
import { DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { withBuildKitContinuations } from './continuations';

export interface ParsedDockerfile {
  text: string;
  dockerfile: Dockerfile;
  /** top-level instructions in text order (ONBUILD triggers are reached through their ONBUILD) */
  instructions: Instruction[];
  escapeChar: string;
}

export function parseDockerfile(text: string): ParsedDockerfile {
  // lines BuildKit does not continue (a doubled escape character at the end) are ended for dockerfile-ast too
  const dockerfile = DockerfileParser.parse(withBuildKitContinuations(text));
  return { text, dockerfile, instructions: dockerfile.getInstructions(), escapeChar: dockerfile.getEscapeCharacter() };
}
