import { mayRunTogether } from '../../../compose/model';
import { fmt, ipsCollide, overlaps, type PortRange } from '../../../compose/ports';
import { defineRule, type ComposeContext } from '../context';
import { ports, services, type PortEntry } from '../walk';
import { docsUrl } from '../../rule';

const WIDE = 1024;

export const duplicateHostPort = defineRule({
  id: 'duplicate-host-port',
  aliases: [],
  docs: {
    description:
      'The same host port (or overlapping range) published twice cannot both bind (services in disjoint profiles are alternatives and may share one).',
    url: docsUrl('duplicate-host-port'),
  },
  severity: 'warning',
  messages: {
    duplicate: (port: string, service: string) => `host port ${port} is already published by service \`${service}\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      // indexed by protocol/port so a 200-service file is not compared pairwise; very wide ranges are scanned
      const byPort = new Map<string, { p: PortEntry; r: PortRange }[]>();
      const wide: { p: PortEntry; r: PortRange }[] = [];
      const collides = (o: { p: PortEntry; r: PortRange }, p: PortEntry, r: PortRange) =>
        o.p.mapping.protocol === p.mapping.protocol &&
        ipsCollide(o.p.mapping.hostIp, p.mapping.hostIp) &&
        overlaps(o.r, r) &&
        mayRunTogether(o.p.profiles, p.profiles);
      const find = (p: PortEntry, r: PortRange) => {
        const w = wide.find((o) => collides(o, p, r));
        if (w || r.end - r.start > WIDE) return w ?? [...byPort.values()].flat().find((o) => collides(o, p, r));
        for (let port = r.start; port <= r.end; port++) {
          const hit = byPort.get(`${p.mapping.protocol}/${port}`)?.find((o) => collides(o, p, r));
          if (hit) return hit;
        }
        return undefined;
      };
      const add = (e: { p: PortEntry; r: PortRange }) => {
        if (e.r.end - e.r.start > WIDE) {
          wide.push(e);
          return;
        }
        for (let port = e.r.start; port <= e.r.end; port++) {
          const k = `${e.p.mapping.protocol}/${port}`;
          const list = byPort.get(k);
          if (list) list.push(e);
          else byPort.set(k, [e]);
        }
      };
      for (const s of services(ctx)) {
        for (const p of ports(ctx, s)) {
          const r = p.mapping.published;
          if (!r || r.start === 0) continue;
          const clash = find(p, r);
          if (clash) {
            const at = p.long
              ? (p.publishedNode ?? p.node)
              : { node: p.node, ...(p.mapping.publishedAt ? { sub: p.mapping.publishedAt } : {}) };
            ctx.report({
              range: ctx.range(at),
              message: duplicateHostPort.messages.duplicate(fmt(r), clash.p.service),
            });
          } else add({ p, r });
        }
      }
    },
  }),
});
