import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { Config } from '../config/config';

export type TrustProxy = (address: string, hop: number) => boolean;

/** TRUST_PROXY as a function, so Express (`req.ip`) and the WebSocket upgrade apply the same rule. */
export function compileTrustProxy(setting: Config['trustProxy']): TrustProxy {
  if (setting === true) return () => true;
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyAddr.compile(setting);
}

/** The client's address: the peer's, or the nearest untrusted one in X-Forwarded-For. */
export function clientIpOf(request: IncomingMessage, trust: TrustProxy): string {
  return request.socket.remoteAddress ? proxyAddr(request, trust) : 'unknown';
}
