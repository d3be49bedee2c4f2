// Quick fixes for the diagnostics of a code-action request. A few diagnostics (the light bulb at the cursor) get
// actions of their own: the certain fix, editor commands, the instruction's ignore pragma. A request over many (a
// selection, select-all) gets one action per rule instead: "Fix the 40 DL3027 problems", "Ignore DL3008 for these
// 12 instructions". A menu of thousands of identically titled entries is no help to anyone, and the answer stays
// small however many diagnostics the request holds.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { DiagnosticData } from '../core/lint/types';
import { OPEN_RULE_DOCS_COMMAND } from '../shared/lintProtocol';
import { DisjointEdits, instructionStartAt } from './codeActionIndex';
import { dataOf, inFilePragma, pragmaEdit, pragmaName, pragmaSite, type PragmaSite } from './pragmaEdits';

/** Past this many diagnostics in one request, quick fixes come one per rule. */
export const MANY_DIAGNOSTICS = 20;

export const workspaceEdit = (doc: TextDocument, edits: TextEdit[]): WorkspaceEdit => ({
  changes: { [doc.uri]: edits },
});

const QUICK = CodeActionKind.QuickFix;

export function quickFixes(doc: TextDocument, diagnostics: Diagnostic[], pragmas: boolean): CodeAction[] {
  return (diagnostics.length > MANY_DIAGNOSTICS ? perRule : perDiagnostic)(doc, diagnostics, pragmas);
}

/** An instruction's pragma site, and the rules (diagnostic codes) a request's actions already ignore there. */
interface Site {
  at: PragmaSite;
  codes: unknown[];
}

/** Where each instruction's pragma goes, read once per instruction. */
function pragmaSites(doc: TextDocument): (d: Diagnostic) => Site {
  const sites = new Map<number, Site>();
  return (d) => {
    const start = instructionStartAt(doc, d.range.start.line) ?? d.range.start.line;
    let site = sites.get(start);
    if (!site) sites.set(start, (site = { at: pragmaSite(doc, start), codes: [] }));
    return site;
  };
}

/**
 * "Ignore X in this file" and "Show documentation for X": once per rule in any request. Over many diagnostics, they
 * name the rule's first one as resolved: each diagnostic listed again makes the answer bigger.
 */
function ruleWide(doc: TextDocument, pragmas: boolean): (d: Diagnostic, diagnostics: Diagnostic[]) => CodeAction[] {
  let inFile: ((name: string) => TextEdit) | undefined; // one parse per request, on first need
  const seen = new Set<string>();
  return (d, diagnostics) => {
    const out: CodeAction[] = [];
    const name = pragmaName(d);
    if (pragmas && !seen.has(`pragma ${name}`)) {
      seen.add(`pragma ${name}`);
      const edit = workspaceEdit(doc, [(inFile ??= inFilePragma(doc))(name)]);
      out.push({ title: `Ignore ${name} in this file`, kind: QUICK, diagnostics, edit });
    }
    const href = d.codeDescription?.href;
    if (href && !seen.has(`docs ${href}`)) {
      seen.add(`docs ${href}`);
      const command = { title: 'Show documentation', command: OPEN_RULE_DOCS_COMMAND, arguments: [href] };
      out.push({ title: `Show documentation for ${String(d.code)}`, kind: QUICK, diagnostics, command });
    }
    return out;
  };
}

function perDiagnostic(doc: TextDocument, findings: Diagnostic[], pragmas: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const siteOf = pragmaSites(doc);
  const once = ruleWide(doc, pragmas);
  for (const d of findings) {
    const data = dataOf(d);
    if (!data) continue;
    const diagnostics = [d];
    if (data.fix) {
      const edit = workspaceEdit(doc, data.fix.edits);
      actions.push({ title: data.fix.title, kind: QUICK, diagnostics, isPreferred: true, edit });
    }
    for (const c of data.commands ?? []) {
      const command = { title: c.title, command: c.command, arguments: c.arguments ?? [] };
      actions.push({ title: c.title, kind: QUICK, diagnostics, command });
    }
    if (pragmas) {
      const name = pragmaName(d);
      const edit = workspaceEdit(doc, [pragmaEdit(doc, siteOf(d).at, name)]);
      actions.push({ title: `Ignore ${name} for this instruction`, kind: QUICK, diagnostics, edit });
    }
    actions.push(...once(d, diagnostics));
  }
  return actions;
}

interface RuleGroup {
  /** what its pragmas say: the hadolint code, else the rule's id */
  name: string;
  first: Diagnostic;
  diagnostics: Diagnostic[];
  fixed: Diagnostic[];
  fixes: DisjointEdits;
  /** one pragma edit per instruction */
  pragmas: TextEdit[];
}

function perRule(doc: TextDocument, findings: Diagnostic[], pragmas: boolean): CodeAction[] {
  const siteOf = pragmaSites(doc);
  const groups = new Map<unknown, RuleGroup>(); // by diagnostic code
  const commands = new Map<string, { command: NonNullable<DiagnosticData['commands']>[number]; of: Diagnostic[] }>();
  for (const d of findings) {
    const data = dataOf(d);
    if (!data) continue;
    let g = groups.get(d.code);
    if (!g) {
      const fixes = new DisjointEdits();
      groups.set(d.code, (g = { name: pragmaName(d), first: d, diagnostics: [], fixed: [], fixes, pragmas: [] }));
    }
    g.diagnostics.push(d);
    const fix = data.fix;
    if (fix && g.fixes.addAll(fix.edits)) g.fixed.push(d);
    for (const c of data.commands ?? []) {
      const key = JSON.stringify([c.command, c.arguments ?? []]);
      const hit = commands.get(key);
      if (hit) hit.of.push(d);
      else commands.set(key, { command: c, of: [d] });
    }
    if (pragmas) {
      const site = siteOf(d);
      if (!site.codes.includes(d.code)) {
        site.codes.push(d.code);
        g.pragmas.push(pragmaEdit(doc, site.at, g.name));
      }
    }
  }
  const actions: CodeAction[] = [];
  const once = ruleWide(doc, pragmas);
  for (const g of groups.values()) {
    const name = g.name;
    const n = g.fixed.length;
    if (n) {
      const title = n === 1 ? (dataOf(g.fixed[0] ?? g.first)?.fix?.title ?? '') : `Fix the ${n} ${name} problems`;
      const edit = workspaceEdit(doc, g.fixes.sorted);
      actions.push({ title, kind: QUICK, diagnostics: g.fixed, isPreferred: n === 1, edit });
    }
    if (g.pragmas.length) {
      const where = g.pragmas.length === 1 ? 'this instruction' : `these ${g.pragmas.length} instructions`;
      const edit = workspaceEdit(doc, g.pragmas);
      actions.push({ title: `Ignore ${name} for ${where}`, kind: QUICK, diagnostics: g.diagnostics, edit });
    }
    actions.push(...once(g.first, [g.first]));
  }
  for (const { command: c, of } of commands.values()) {
    const command = { title: c.title, command: c.command, arguments: c.arguments ?? [] };
    actions.push({ title: c.title, kind: QUICK, diagnostics: of, command });
  }
  return actions;
}
