/**
 * Checks of package.json `contributes` against facts about the running product: which commands are
 * registered, which views, tree-item context values, settings, languages and context keys exist.
 * Pure (no `vscode` import): the extension-host suite feeds it live facts from VS Code 1.139.1, the unit
 * suite feeds it the repository's package.json, and both feed it broken manifests to prove it fails.
 * Every check returns problems as readable lines; [] means fine.
 */
import { whenAtoms, type WhenAtom } from './whenClause';

export interface Manifest {
  version: string;
  contributes: {
    commands?: { command: string; title: string; enablement?: string }[];
    menus?: Record<string, { command?: string; submenu?: string; when?: string; group?: string }[]>;
    submenus?: { id: string }[];
    views?: Record<string, { id: string; name: string; when?: string }[]>;
    viewsWelcome?: { view: string; contents: string; when?: string }[];
    keybindings?: { command: string; when?: string }[];
    configuration?: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[];
  };
}

/** Menus VS Code offers extensions that Stevedore may use (a misspelt menu id silently shows nothing). */
export const MENU_IDS = new Set([
  'commandPalette',
  'view/title',
  'view/item/context',
  'view/item/inline',
  'explorer/context',
  'editor/title',
  'editor/title/context',
  'editor/title/run',
  'editor/context',
  'terminal/context',
  'terminal/title/context',
  'statusBar/remoteIndicator',
  'viewContainer/title',
  'file/newFile',
]);
/** Keys VS Code sets per view/item that are not declared as raw context keys. */
const VIEW_KEYS = new Set(['view', 'viewItem', 'focusedView', 'viewContainer', 'activeViewlet', 'sideBarFocus']);

export interface Clause {
  where: string;
  when: string;
}

export function whenClauses(m: Manifest): Clause[] {
  const c = m.contributes;
  const out: Clause[] = [];
  for (const [menu, items] of Object.entries(c.menus ?? {})) {
    items.forEach(
      (it, i) => it.when && out.push({ where: `menus.${menu}[${i}] (${it.command ?? it.submenu})`, when: it.when }),
    );
  }
  for (const cmd of c.commands ?? [])
    if (cmd.enablement) out.push({ where: `commands ${cmd.command} enablement`, when: cmd.enablement });
  for (const [container, views] of Object.entries(c.views ?? {})) {
    for (const v of views) if (v.when) out.push({ where: `views.${container} ${v.id}`, when: v.when });
  }
  (c.viewsWelcome ?? []).forEach(
    (w, i) => w.when && out.push({ where: `viewsWelcome[${i}] (${w.view})`, when: w.when }),
  );
  (c.keybindings ?? []).forEach(
    (k, i) => k.when && out.push({ where: `keybindings[${i}] (${k.command})`, when: k.when }),
  );
  return out;
}

export const viewIds = (m: Manifest): string[] =>
  Object.values(m.contributes.views ?? {})
    .flat()
    .map((v) => v.id);
export function settingKeys(m: Manifest): string[] {
  const conf = m.contributes.configuration;
  return (Array.isArray(conf) ? conf : conf ? [conf] : []).flatMap((c) => Object.keys(c.properties));
}

/** `stevedore.…` strings of the extension bundle as patterns: 'stevedore.engine.state', `stevedore.${v}.filtered`. */
export function stevedoreKeyPatterns(bundle: string): RegExp[] {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const plain = [...bundle.matchAll(/["'](stevedore\.[\w.:-]+)["']/g)].map((m) => new RegExp(`^${escape(m[1]!)}$`));
  const templates = [...bundle.matchAll(/`(stevedore\.[^`]*)`/g)]
    .filter((m) => /[\w-]/.test(m[1]!.slice('stevedore.'.length).replace(/\$\{[^}]*\}/g, ''))) // `stevedore.${a}.${b}` says nothing
    .map(
      (m) =>
        new RegExp(
          `^${m[1]!
            .split(/\$\{[^}]*\}/)
            .map(escape)
            .join('[\\w-]+')}$`,
        ),
    );
  return [...plain, ...templates];
}

export function unregisteredCommands(m: Manifest, registered: ReadonlySet<string>): string[] {
  return (m.contributes.commands ?? [])
    .map((c) => c.command)
    .filter((c) => !registered.has(c))
    .map((c) => `${c} is contributed but not registered`);
}

export function menuProblems(m: Manifest, registered: ReadonlySet<string>): string[] {
  const c = m.contributes;
  const contributed = new Set((c.commands ?? []).map((x) => x.command));
  const submenus = new Set((c.submenus ?? []).map((s) => s.id));
  const problems: string[] = [];
  for (const [menu, items] of Object.entries(c.menus ?? {})) {
    if (!MENU_IDS.has(menu) && !submenus.has(menu)) problems.push(`unknown menu id '${menu}'`);
    for (const it of items) {
      if (it.submenu) {
        if (!submenus.has(it.submenu)) problems.push(`${menu}: unknown submenu ${it.submenu}`);
        continue;
      }
      if (!it.command) {
        problems.push(`${menu}: item without command`);
        continue;
      }
      if (!contributed.has(it.command)) problems.push(`${menu}: ${it.command} is not in contributes.commands`);
      if (!registered.has(it.command)) problems.push(`${menu}: ${it.command} is not registered`);
    }
  }
  return problems;
}

/** Items of view menus without a `view == …` condition would show in every view of every extension. */
export function unscopedViewMenuItems(m: Manifest): string[] {
  const menus = m.contributes.menus ?? {};
  return ['view/title', 'view/item/context', 'view/item/inline'].flatMap((menu) =>
    (menus[menu] ?? [])
      .filter(
        (it) =>
          !safeAtoms(it.when ?? '').some((a) => a.key === 'view' && !a.negated && (a.op === '==' || a.op === '=~')),
      )
      .map((it) => `${menu}: ${it.command ?? it.submenu} is not limited to a view`),
  );
}

export function orphanWelcomeViews(m: Manifest): string[] {
  const views = viewIds(m);
  return (m.contributes.viewsWelcome ?? [])
    .filter((w) => !views.includes(w.view))
    .map((w) => `viewsWelcome for unknown view ${w.view}`);
}

export interface WhenFacts {
  /** tree-item contextValues the extension produces */
  contextValues: readonly string[];
  /** context keys VS Code declares (getContextKeyInfo); undefined: don't judge built-in keys */
  declaredKeys?: ReadonlySet<string>;
  /** patterns of the `stevedore.*` keys the extension sets */
  ownKeys: readonly RegExp[];
  /** language ids known to VS Code (ours included) */
  languages: ReadonlySet<string>;
  /** settings beyond the manifest's own (VS Code's); undefined: only the manifest's count */
  isSetting?: (key: string) => boolean;
}

/** Every key, view, context value, setting and language named by a `when` clause must exist. */
export function whenClauseProblems(m: Manifest, facts: WhenFacts): string[] {
  const views = viewIds(m);
  const settings = new Set(settingKeys(m));
  const problems: string[] = [];
  const checkKey = (where: string, key: string) => {
    if (key === 'true' || key === 'false' || VIEW_KEYS.has(key)) return;
    if (key.startsWith('config.')) {
      const setting = key.slice('config.'.length);
      if (!settings.has(setting) && !facts.isSetting?.(setting)) problems.push(`${where}: no setting '${setting}'`);
    } else if (key.startsWith('stevedore.')) {
      if (!facts.ownKeys.some((k) => k.test(key)))
        problems.push(`${where}: context key '${key}' is never set by the extension`);
    } else if (facts.declaredKeys && !facts.declaredKeys.has(key))
      problems.push(`${where}: unknown context key '${key}'`);
  };
  const checkAtom = (where: string, a: WhenAtom) => {
    checkKey(where, a.key);
    if (a.op === 'in' || a.op === 'not in') {
      checkKey(where, a.value!);
      return;
    }
    const matchesSome = (values: readonly string[]) =>
      a.regex ? values.some((v) => a.regex!.test(v)) : a.value === undefined || values.includes(a.value);
    if ((a.key === 'view' || a.key === 'focusedView') && !matchesSome(views))
      problems.push(`${where}: ${a.key} ${a.op} ${a.value} matches no contributed view`);
    if (a.key === 'viewItem' && !matchesSome(facts.contextValues))
      problems.push(`${where}: viewItem ${a.op} ${a.value} matches no tree item contextValue`);
    if ((a.key === 'resourceLangId' || a.key === 'editorLangId') && a.op === '==' && !facts.languages.has(a.value!))
      problems.push(`${where}: no language '${a.value}'`);
  };
  for (const c of whenClauses(m)) {
    let atoms: WhenAtom[];
    try {
      atoms = whenAtoms(c.when);
    } catch (e) {
      problems.push(`${c.where}: ${String(e)}`);
      continue;
    }
    for (const a of atoms) checkAtom(c.where, a);
  }
  return problems;
}

function safeAtoms(when: string): WhenAtom[] {
  try {
    return whenAtoms(when);
  } catch {
    return [];
  }
}

/**
 * Copies of `m` each broken in one way a real mistake would break it, with the text the checks must
 * report for it: the checks run on these too, so a check that cannot fail fails the suite.
 */
export function brokenManifests(m: Manifest): { what: string; manifest: Manifest; expect: RegExp }[] {
  const copy = (): Manifest => structuredClone(m);
  const firstMenuItem = (x: Manifest, menu: string) => {
    const item = x.contributes.menus?.[menu]?.find((it) => it.command && it.when);
    if (!item) throw new Error(`the manifest has no ${menu} item with a when clause to break`);
    return item;
  };
  const cases: { what: string; manifest: Manifest; expect: RegExp }[] = [];
  let x = copy();
  firstMenuItem(x, 'view/item/context').when += ' && viewItem == container:runing';
  cases.push({
    what: 'misspelt viewItem value',
    manifest: x,
    expect: /viewItem == container:runing matches no tree item/,
  });
  x = copy();
  firstMenuItem(x, 'view/title').when = 'view == stevedore.container';
  cases.push({
    what: 'misspelt view id',
    manifest: x,
    expect: /view == stevedore.container matches no contributed view/,
  });
  x = copy();
  firstMenuItem(x, 'view/item/context').when += ' && stevedore.engine.stat == connected';
  cases.push({
    what: 'context key nothing sets',
    manifest: x,
    expect: /context key 'stevedore.engine.stat' is never set/,
  });
  x = copy();
  firstMenuItem(x, 'view/item/context').when = 'viewItem =~ /^container:running$/';
  cases.push({ what: 'view menu item without a view', manifest: x, expect: /is not limited to a view/ });
  x = copy();
  x.contributes.commands = [
    ...(x.contributes.commands ?? []),
    { command: 'stevedore.container.nonexistent', title: 'Nope' },
  ];
  cases.push({
    what: 'contributed command nobody registers',
    manifest: x,
    expect: /stevedore.container.nonexistent is contributed but not registered/,
  });
  x = copy();
  firstMenuItem(x, 'view/item/context').command = 'stevedore.container.stopp';
  cases.push({
    what: 'menu naming a misspelt command',
    manifest: x,
    expect: /stevedore.container.stopp is not in contributes.commands/,
  });
  return cases;
}

/** All checks at once (for the broken copies). */
export function allProblems(m: Manifest, registered: ReadonlySet<string>, facts: WhenFacts): string[] {
  return [
    ...unregisteredCommands(m, registered),
    ...menuProblems(m, registered),
    ...whenClauseProblems(m, facts),
    ...unscopedViewMenuItems(m),
    ...orphanWelcomeViews(m),
  ];
}
