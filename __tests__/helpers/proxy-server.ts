import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** A forward proxy on 127.0.0.1 for tests: it records each CONNECT target and tunnels it to loopback. */
export interface ProxyServer {
  url: string;
  /** `host:port` of every tunnel asked for, in order. */
  targets: string[];
  close: () => Promise<void>;
}

/**
 * Starts the proxy. Whatever host a client names (`openai.test:8443`), the tunnel goes to the same
 * port on 127.0.0.1, so no traffic leaves the machine and no name is looked up.
 */
export async function startProxyServer(): Promise<ProxyServer> {
  const targets: string[] = [];
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    targets.push(req.url!);
    const port = Number(req.url!.split(':').at(-1));
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    targets,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
      }),
  };
}
