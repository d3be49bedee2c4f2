import { fmt } from '../../../compose/ports';
import { defineRule, type ComposeContext } from '../context';
import { ports, services } from '../walk';
import { docsUrl } from '../../rule';

/** Container ports of databases, caches, brokers and remote-administration services: rarely meant for the network. */
export const SENSITIVE_PORTS: ReadonlyMap<number, string> = new Map([
  [22, 'SSH'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [2181, 'ZooKeeper'],
  [2375, 'the Docker API'],
  [2376, 'the Docker API'],
  [2379, 'etcd'],
  [3306, 'MySQL/MariaDB'],
  [3389, 'RDP'],
  [5432, 'PostgreSQL'],
  [5672, 'AMQP (RabbitMQ)'],
  [5900, 'VNC'],
  [5984, 'CouchDB'],
  [6379, 'Redis'],
  [7687, 'Neo4j Bolt'],
  [8086, 'InfluxDB'],
  [8500, 'Consul'],
  [9042, 'Cassandra'],
  [9092, 'Kafka'],
  [9200, 'Elasticsearch'],
  [11211, 'Memcached'],
  [15672, 'the RabbitMQ management UI'],
  [26257, 'CockroachDB'],
  [27017, 'MongoDB'],
]);

export const portAllInterfaces = defineRule({
  id: 'port-all-interfaces',
  aliases: [],
  docs: {
    description:
      'A database, cache, broker or remote-admin port published without a host IP listens on every interface of the host.',
    details:
      'Fires only when the container port is one of a fixed list of sensitive ports (SSH 22, SQL Server 1433, Oracle 1521, ZooKeeper 2181, Docker API 2375/2376, etcd 2379, MySQL/MariaDB 3306, RDP 3389, PostgreSQL 5432, AMQP 5672, VNC 5900, CouchDB 5984, Redis 6379, Neo4j 7687, InfluxDB 8086, Consul 8500, Cassandra 9042, Kafka 9092, Elasticsearch 9200, Memcached 11211, RabbitMQ management 15672, CockroachDB 26257, MongoDB 27017); a web port open to the network is usually the point. Docker publishes on `0.0.0.0` and opens the host firewall for it, so a database reachable on the LAN is one `ports:` line away. Bind it to `127.0.0.1:` when only this machine needs it.',
    url: docsUrl('port-all-interfaces'),
  },
  severity: 'info',
  messages: {
    open: (port: string, what: string) =>
      `host port ${port} publishes ${what} on all interfaces; prefix \`127.0.0.1:\` if only this machine should reach it`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        for (const p of ports(ctx, s)) {
          const r = p.mapping.published;
          const target = p.mapping.target;
          if (!r || !target || (p.mapping.hostIp && p.mapping.hostIp !== '0.0.0.0' && p.mapping.hostIp !== '::'))
            continue;
          let what: string | undefined;
          for (let t = target.start; t <= target.end && !what; t++) what = SENSITIVE_PORTS.get(t);
          if (!what) continue;
          const at = p.long
            ? (p.publishedNode ?? p.node)
            : { node: p.node, ...(p.mapping.publishedAt ? { sub: p.mapping.publishedAt } : {}) };
          ctx.report({ range: ctx.range(at), message: portAllInterfaces.messages.open(fmt(r), what) });
        }
      }
    },
  }),
});
