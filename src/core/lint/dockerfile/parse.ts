// One parse per lint: dockerfile-ast's public output and our model built from it once — a node per instruction
// (ONBUILD triggers included) that keeps what the rules read of it, and the stages.
import { DockerfileParser, From, Onbuild, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fromParts, Node, type FromParts, type SourceText, type Stage } from './node';
import { withBuildKitContinuations } from './continuations';

export interface ParsedDockerfile {
  text: string;
  dockerfile: Dockerfile;
  /** top-level instructions in text order (ONBUILD triggers are reached through their ONBUILD) */
  instructions: Instruction[];
  escapeChar: string;
  /** every instruction in text order, each ONBUILD followed by its trigger's node (when it has one) */
  nodes: Node[];
  /** all stages in order */
  stages: Stage[];
}

const parses = new WeakMap<TextDocument, { version: number; parsed: ParsedDockerfile }>();

/**
 * The parse of a document's current version, made once however many readers ask (the lint, then code actions and
 * semantic tokens on the same version): a parse of a 150 KB Dockerfile costs a tenth of a second or more.
 */
export function parsedDocument(doc: TextDocument): ParsedDockerfile {
  let hit = parses.get(doc);
  if (!hit || hit.version !== doc.version || hit.parsed.text !== doc.getText()) {
    hit = { version: doc.version, parsed: parseDockerfile(doc.getText(), doc) };
    parses.set(doc, hit);
  }
  return hit.parsed;
}

/** `source`: the document the text came from, if there is one (else one is made for the text). */
export function parseDockerfile(text: string, source?: SourceText): ParsedDockerfile {
  // lines BuildKit does not continue (a doubled escape character at the end) are ended for dockerfile-ast too
  const dockerfile = DockerfileParser.parse(withBuildKitContinuations(text));
  const instructions = dockerfile.getInstructions();
  const escapeChar = dockerfile.getEscapeCharacter();
  const src = source ?? lazyDocument(text);
  const nodes: Node[] = [];
  const stages: Stage[] = [];
  const named = new Map<string, Stage>();
  let stage: Stage | undefined;
  for (const inst of instructions) {
    const keyword = inst.getKeyword().toUpperCase();
    const parts = inst instanceof From ? fromParts(inst, src) : undefined;
    if (inst instanceof From && parts) {
      stage = stageOf(inst, parts, stages.length, named);
      stages.push(stage);
    }
    nodes.push(new Node(inst, keyword, stage, src, escapeChar, undefined, parts));
    if (inst instanceof Onbuild) {
      const trigger = inst.getTriggerInstruction();
      if (trigger) nodes.push(new Node(trigger, trigger.getKeyword().toUpperCase(), stage, src, escapeChar, inst));
    }
  }
  return { text, dockerfile, instructions, escapeChar, nodes, stages };
}

function stageOf(from: From, parts: FromParts, index: number, named: Map<string, Stage>): Stage {
  const name = parts.buildStage?.toLowerCase() || undefined;
  const image = parts.image || undefined;
  const fromStage = image ? named.get(image.toLowerCase()) : undefined;
  const stage: Stage = {
    index,
    from,
    ...(name ? { name } : {}),
    ...(image ? { image } : {}),
    ...(fromStage ? { fromStage } : {}),
  };
  if (name && !named.has(name)) named.set(name, stage);
  return stage;
}

function lazyDocument(text: string): SourceText {
  let doc: TextDocument | undefined;
  const document = () => (doc ??= TextDocument.create('untitled:Dockerfile', 'dockerfile', 0, text));
  return {
    getText: (range) => document().getText(range),
    offsetAt: (position) => document().offsetAt(position),
  };
}
