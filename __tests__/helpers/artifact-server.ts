/**
 * A loopback server shaped like the Actions artifact service that `@actions/artifact` talks to: its
 * Twirp API (CreateArtifact, FinalizeArtifact) and the blob storage it hands out signed upload
 * addresses for (Azure's block blob calls: stage each block, then commit the list).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** One artifact as the service received it. */
export interface ReceivedArtifact {
  name: string;
  /** The backend ids the runtime token named, as the client sent them. */
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The uploaded archive (a zip), once its blocks are committed. */
  bytes?: Buffer;
  finalized: boolean;
  /** `sha256:<hex>`, as the client sent it on finalizing. */
  hash?: string;
  id: number;
}

export interface ArtifactServer {
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN for the step, as a runner sets them. */
  env: Record<string, string>;
  artifacts: ReceivedArtifact[];
  close(): Promise<void>;
}

/** The runner's token: a JWT whose `scp` claim names the run's and the job's backend ids. */
function runtimeToken(): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.Results:run-backend-1:job-backend-1' })}.signature`;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the service on 127.0.0.1; `refuseWith` answers CreateArtifact with that HTTP status instead. */
export async function startArtifactServer(options: { refuseWith?: number } = {}): Promise<ArtifactServer> {
  const artifacts: ReceivedArtifact[] = [];
  const blocks = new Map<string, Buffer>();
  let url = '';
  const server = createServer((req, res) => {
    void (async () => {
      const data = await body(req);
      const address = new URL(req.url ?? '/', url);
      const json = (status: number, value: object): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && address.pathname === `${TWIRP}CreateArtifact`) {
        if (options.refuseWith)
          return json(options.refuseWith, { code: 'permission_denied', msg: 'refused' });
        // Twirp's JSON, with the protocol's own field names.
        const request = JSON.parse(data.toString('utf8')) as Record<string, string>;
        const artifact: ReceivedArtifact = {
          name: request.name,
          workflowRunBackendId: request.workflow_run_backend_id,
          workflowJobRunBackendId: request.workflow_job_run_backend_id,
          finalized: false,
          id: 9000 + artifacts.length,
        };
        artifacts.push(artifact);
        return json(200, { ok: true, signedUploadUrl: `${url}/blob/${artifact.id}?sig=test-signature` });
      }
      if (req.method === 'POST' && address.pathname === `${TWIRP}FinalizeArtifact`) {
        const request = JSON.parse(data.toString('utf8')) as { name: string; hash?: string };
        const artifact = artifacts.find((a) => a.name === request.name);
        if (!artifact) return json(404, { code: 'not_found', msg: 'no such artifact' });
        Object.assign(artifact, { finalized: true, hash: request.hash });
        return json(200, { ok: true, artifactId: String(artifact.id) });
      }
      const blob = /^\/blob\/(\d+)$/.exec(address.pathname);
      if (req.method === 'PUT' && blob) {
        const artifact = artifacts.find((a) => a.id === Number(blob[1]));
        const comp = address.searchParams.get('comp');
        if (comp === 'block') blocks.set(`${blob[1]}/${address.searchParams.get('blockid')}`, data);
        else if (comp === 'blocklist' && artifact) {
          const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
            (m) => m[1],
          );
          artifact.bytes = Buffer.concat(ids.map((id) => blocks.get(`${blob[1]}/${id}`) ?? Buffer.alloc(0)));
        } else if (artifact) artifact.bytes = data;
        res.writeHead(201, {
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': 'request-1',
          'x-ms-version': '2025-01-05',
          'x-ms-request-server-encrypted': 'true',
        });
        return res.end();
      }
      json(404, { code: 'not_found', msg: `${req.method} ${address.pathname}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ACTIONS_RESULTS_URL: `${url}/`, ACTIONS_RUNTIME_TOKEN: runtimeToken() },
    artifacts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The files of a zip archive, by name, with their uncompressed sizes (read from its central directory). */
export function zipEntries(zip: Buffer): Record<string, number> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const entries: Record<string, number> = {};
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries[name] = zip.readUInt32LE(at + 24);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}
