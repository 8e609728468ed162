// Tests never reach the network: any socket to a non-loopback host fails the test loudly.
import net from 'node:net';

const originalConnect = net.Socket.prototype.connect;
const LOOPBACK = /^(127\.|::1$|localhost$)/;

net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string;
  const host = typeof first === 'object' && first !== null ? first.host : typeof args[1] === 'string' ? args[1] : undefined;
  const isPipe = typeof first === 'object' && first !== null && typeof first.path === 'string';
  if (!isPipe && host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`Test tried to reach the network (${host}); use the sandbox stand-ins.`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
};
