// One headless Chromium (Debian's, through playwright-core) for all UI flows of a run, and the
// code-server instances test/ui/run.sh started for it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export type ServerName = 'up' | 'down' | 'restricted';

/** Written by test/ui/run.sh; the driver reads it from $STEVEDORE_UI_CONFIG. */
export interface UiConfig {
  /** Unique per run; the fixtures the driver creates are named `stevedore-ui-<id>-…`. */
  id: string;
  /** Screenshots of this run (gitignored). */
  shots: string;
  /** When set, the README's screenshots are copied here (docs/screenshots). */
  docsShots?: string;
  /** The folder every window opens (a fresh copy of test/ui/workspace). */
  workspace: string;
  /** test/ui/workspace itself. */
  workspaceSource: string;
  /** Empty extension folder passed as extensionDevelopmentPath, so the INSTALLED Stevedore is the one tested. */
  runnerExt: string;
  /** The bundled extension-host suites (extensionTestsPath). */
  exthostIndex: string;
  /** Where the VSIX was installed for the `up` server (holds stevedore.stevedore-<version>/). */
  extensionsDir: string;
  /**
   * `up`: the engine as configured; `down`: DOCKER_HOST=unix:///nonexistent.sock; `restricted`: the engine as
   * configured, workspace trust on and the folder untrusted (Restricted Mode).
   */
  servers: Partial<Record<ServerName, { port: number; pid: number }>>;
}

export class Session {
  private context?: BrowserContext;
  private readonly workbenches = new Map<ServerName, Page>();
  private readonly udd = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-ui-chrome-'));

  constructor(readonly config: UiConfig) {
    fs.mkdirSync(config.shots, { recursive: true });
  }

  get prefix(): string {
    return `stevedore-ui-${this.config.id}`;
  }

  async browser(): Promise<BrowserContext> {
    this.context ??= await chromium.launchPersistentContext(this.udd, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    return this.context;
  }

  origin(server: ServerName): string {
    const s = this.config.servers[server];
    if (!s) throw new Error(`no '${server}' server in this run`);
    return `127.0.0.1:${s.port}`;
  }

  url(server: ServerName, payload?: [string, string][]): string {
    let url = `http://${this.origin(server)}/?folder=${encodeURIComponent(this.config.workspace)}`;
    if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  async newPage(): Promise<Page> {
    const ctx = await this.browser();
    const blank = ctx.pages().find((p) => p.url() === 'about:blank');
    return blank ?? ctx.newPage();
  }

  /** A workbench window on `server`, opened once and shared by the flows. */
  async workbench(server: ServerName): Promise<Page> {
    let page = this.workbenches.get(server);
    if (!page || page.isClosed()) {
      page = await this.newPage();
      await page.goto(this.url(server));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      this.workbenches.set(server, page);
    }
    return page;
  }

  openPages(): Page[] {
    return this.context?.pages().filter((p) => !p.isClosed() && p.url() !== 'about:blank') ?? [];
  }

  /** Screenshot to <shots>/<name>.png; the README's ones also go to docs/screenshots when asked. */
  async shot(page: Page, name: string, opts: { docs?: boolean; mouseAway?: boolean } = {}): Promise<string> {
    const file = path.join(this.config.shots, `${name}.png`);
    if (opts.mouseAway !== false) {
      await page.mouse.move(900, 300); // no hover tooltip over the views
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: file });
    if (opts.docs && this.config.docsShots) {
      fs.mkdirSync(this.config.docsShots, { recursive: true });
      fs.copyFileSync(file, path.join(this.config.docsShots, `${name}.png`));
    }
    return file;
  }

  async close(): Promise<void> {
    await this.context?.close().catch(() => undefined);
    fs.rmSync(this.udd, { recursive: true, force: true });
  }

  /** Resident memory (MiB) of the code-server process groups and of our Chromium. */
  memory(): Record<string, number> {
    const procs = fs
      .readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .flatMap((pid) => {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
          const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
          const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
          return [{ pgid, rss, cmd }];
        } catch {
          return [];
        }
      });
    const mib = (xs: { rss: number }[]) => Math.round(xs.reduce((a, p) => a + p.rss, 0) / 1024);
    const out: Record<string, number> = {};
    for (const [name, s] of Object.entries(this.config.servers)) {
      const group = procs.filter((p) => p.pgid === s.pid);
      out[`codeServer.${name}`] = mib(group);
      out[`extensionHosts.${name}`] = mib(group.filter((p) => p.cmd.includes('extensionHost')));
    }
    out.chromium = mib(procs.filter((p) => p.cmd.includes(this.udd)));
    return out;
  }
}
