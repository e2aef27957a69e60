import { generate } from 'selfsigned';

/**
 * A certificate for the fake Graph server, made at test time: `@microsoft/microsoft-graph-client` only
 * sends the bearer token to `https://` hosts it knows (customHosts) and only follows absolute `https://`
 * nextLinks, so the fake must speak TLS. The certificate is its own CA (basicConstraints cA), valid for
 * 127.0.0.1 and localhost; a test trusts exactly this one certificate by handing `cert` to the client
 * under test as its CA. Nothing is written to disk and nothing is trusted process-wide.
 */
export interface LoopbackCertificate {
  /** PEM private key of the server. */
  key: string;
  /** PEM certificate; also the CA a client must trust. */
  cert: string;
}

let cached: Promise<LoopbackCertificate> | null = null;

/**
 * One certificate per test process (RSA key generation costs a few hundred milliseconds; every fake in
 * the process may share it, since each trusts only what it is handed).
 */
export function loopbackCertificate(): Promise<LoopbackCertificate> {
  cached ??= generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return cached;
}
