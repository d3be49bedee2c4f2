import { get, isMap, isScalar, items, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

// compose-go: validation.checkDeviceRequest ("count" and "device_ids" attributes are exclusive) on
// deploy.resources.reservations.devices[] and gpus[]; types.DeviceCount ("the only value allowed is 'all' or a number").
export const deviceRequest = defineRule({
  id: 'device-request',
  aliases: [],
  docs: {
    description:
      'A device request (`deploy.resources.reservations.devices`, `gpus`) takes `count` (a number or `all`) or `device_ids`, not both.',
    url: docsUrl('device-request'),
  },
  severity: 'error',
  messages: {
    count: (v: string) => `device \`count\` is \`${v}\`: the only values allowed are \`all\` or a number`,
    exclusive: () => '`count` and `device_ids` exclude each other: reserve a number of devices or name them',
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { doc } = ctx.model;
      for (const s of services(ctx)) {
        const devices = value(ctx, s.decl.entry.value, 'deploy', 'resources', 'reservations', 'devices')?.value;
        for (const d of [...items(doc, devices), ...items(doc, s.keys.get('gpus')?.value)]) {
          if (!isMap(d)) continue;
          const count = get(doc, d, 'count');
          const ids = get(doc, d, 'device_ids');
          if (count?.value && badCount(count.value))
            ctx.report({ range: ctx.range(count.value), message: deviceRequest.messages.count(shown(count.value)) });
          if (count && ids) ctx.report({ range: ctx.range(ids.keyNode), message: deviceRequest.messages.exclusive() });
        }
      }
    },
  }),
});

function badCount(n: Node): boolean {
  if (!isScalar(n)) return false; // a list or mapping: compose-schema says it
  const v = n.value;
  if (typeof v === 'number') return !Number.isInteger(v);
  if (typeof v === 'boolean' || v === null) return true;
  const s = String(v);
  return !s.includes('$') && s.toLowerCase() !== 'all' && !/^[-+]?\d+$/.test(s);
}

function shown(n: Node): string {
  return isScalar(n) ? String(n.value) : '…';
}
