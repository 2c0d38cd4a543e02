import dns from 'node:dns';
import net from 'node:net';
import { badInput } from '../../errors/app-error';
import { MAX_WEBHOOK_URL_LENGTH } from './webhook.entity';

/** Loopback, private, link-local, CGNAT, unique-local, multicast, reserved and unspecified addresses. */
const NOT_PUBLIC = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = net.isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * A webhook URL as given to createWebhook/updateWebhook: absolute http(s), no credentials, and not
 * an address on a private network (unless those are allowed). Names are resolved at delivery,
 * where what they resolve to is what counts (see `pinnedLookup`).
 */
export function checkWebhookUrl(value: string, allowPrivateNetworks: boolean): string {
  const trimmed = value.trim();
  if (trimmed.length > MAX_WEBHOOK_URL_LENGTH) throw badInput(`The URL is longer than ${MAX_WEBHOOK_URL_LENGTH} characters.`, 'url');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw badInput('The URL is not valid: write it whole, like https://crm.example/hooks/livechat.', 'url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('A webhook URL must start with https:// or http://.', 'url');
  if (url.username || url.password) throw badInput('A webhook URL may not hold a user name or password; verify the signature instead.', 'url');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivateNetworks && net.isIP(host) && !isPublicAddress(host)) {
    throw badInput('This address is on a loopback or private network, which webhooks may not reach.', 'url', );
  }
  return url.toString();
}

export class PrivateAddressError extends Error {}

/**
 * A `lookup` for the delivery's connection: the name is resolved once, every address it has is
 * checked, and the socket connects to the address that was checked, so a DNS answer that changes
 * in between (a rebind) cannot send it elsewhere.
 */
export function pinnedLookup(allowPrivateNetworks: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivateNetworks ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused) {
        const reason = new PrivateAddressError(`${hostname} resolves to ${refused.address}, on a loopback or private network`);
        return callback(reason as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      callback(null, first.address, first.family);
    });
  };
}
