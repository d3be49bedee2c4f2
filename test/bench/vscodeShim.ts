// Bundled in place of `vscode` for the benchmarks that drive the extension's own TreeDataProviders outside VS Code:
// the few classes they construct, as plain data holders like VS Code's own (extHostTypes), so the measured work
// is the provider's (getChildren, getTreeItem) and not a stand-in's.
export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}

export class MarkdownString {
  supportThemeIcons = false;
  constructor(public value = '') {}
}

export class TreeItem {
  id?: string;
  description?: string;
  contextValue?: string;
  iconPath?: ThemeIcon;
  tooltip?: string | MarkdownString;
  accessibilityInformation?: { label: string };
  constructor(
    public label: string,
    public collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

export class EventEmitter<T> {
  private readonly listeners = new Set<(e: T) => void>();
  readonly event = (listener: (e: T) => void) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }

  dispose(): void {
    this.listeners.clear();
  }
}
