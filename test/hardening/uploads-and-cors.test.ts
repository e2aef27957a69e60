import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { useLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Issue 15, item 10: the executable deny-list missed names Windows normalizes (`script.bat.`, `a.exe::$DATA`),
 * `.js`, `.chm`, `.sh` and ELF programs, and downloads were served with whatever type the uploader declared
 * unless it was on a short list of active types. Uploads are judged by content and normalized name, and only
 * an allow-list of types is served as itself. CORS reflected every origin with credentials.
 */

const UPLOAD = 'mutation Upload($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { id filename contentType url } userErrors { code message field } } }';

type Attachment = { id: string; filename: string; contentType: string; url: string };
type UserError = { code: string; message: string; field: string[] | null };

const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
const MACHO = Uint8Array.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const text = (value: string) => new TextEncoder().encode(value);

describe('uploads are judged by content and normalized name', () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));

  async function upload(name: string, bytes: Uint8Array, type: string): Promise<{ attachment: Attachment | null; userErrors: UserError[] }> {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: UPLOAD, variables: { input: { file: null, workspaceId: live.directory.acmeId } } }));
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', new File([new Uint8Array(bytes)], name, { type }));
    const response = await fetch(live.httpUrl, { method: 'POST', headers: { authorization: 'Bearer demo-bob' }, body: form });
    const body = (await response.json()) as { data?: { uploadAttachment: { attachment: Attachment | null; userErrors: UserError[] } }; errors?: unknown };
    if (!body.data) throw new Error(`upload failed: ${JSON.stringify(body.errors)}`);
    return body.data.uploadAttachment;
  }

  function download(link: string): Promise<Response> {
    const url = new URL(link);
    return fetch(`http://127.0.0.1:${live.port}${url.pathname}${url.search}`);
  }

  it.each([
    ['script.bat.', text('@echo off'), 'application/octet-stream', '.bat'],
    ['a.exe::$DATA', text('hello'), 'application/octet-stream', '.exe'],
    ['tool.exe .', text('hello'), '', '.exe'],
    ['app.js', text('alert(1)'), 'text/javascript', '.js'],
    ['help.chm', text('ITSF....'), 'application/octet-stream', '.chm'],
    ['install.sh', text('#!/bin/sh\nrm -rf /'), 'text/x-sh', '.sh'],
    ['notes.txt', ELF, 'text/plain', 'a Linux program (ELF)'],
    ['photo.png', MACHO, 'image/png', 'a macOS program (Mach-O)'],
    ['tool', ELF, '', 'a Linux program (ELF)'],
  ])('refuses %j as an executable', async (name, bytes, type, what) => {
    const result = await upload(name, bytes, type);
    expect(result.attachment).toBeNull();
    expect(result.userErrors).toHaveLength(1);
    expect(result.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'file'] });
    expect(result.userErrors[0].message).toContain(`is ${what});`);
  });

  it('keeps the name Windows would use: trailing dots and spaces, stream suffixes and bidi controls removed', async () => {
    const result = await upload('report.pdf. .', text('%PDF-1.4\n'), 'application/pdf');
    expect(result.attachment).toMatchObject({ filename: 'report.pdf', contentType: 'application/pdf' });
    const bidi = await upload('invoice\u202egnp.txt', text('plain'), 'text/plain');
    expect(bidi.attachment?.filename).toBe('invoicegnp.txt');
  });

  it('stores the type the content shows, whatever was declared', async () => {
    const disguised = await upload('photo.png', text('<html><script>alert(1)</script></html>'), 'image/png');
    expect(disguised.attachment?.contentType).toBe('application/octet-stream');
    expect((await download(disguised.attachment!.url)).headers.get('content-type')).toBe('application/octet-stream');
    const undeclared = await upload('scan.bin', PNG, 'application/octet-stream');
    expect(undeclared.attachment?.contentType).toBe('image/png');
    expect((await download(undeclared.attachment!.url)).headers.get('content-type')).toBe('image/png');
  });

  it('serves only an allow-list of types as themselves; any other type comes as application/octet-stream', async () => {
    const flash = await upload('movie.swf', text('CWS\u0008....'), 'application/x-shockwave-flash');
    expect(flash.attachment?.contentType).toBe('application/x-shockwave-flash');
    expect((await download(flash.attachment!.url)).headers.get('content-type')).toBe('application/octet-stream');
    const css = await upload('style.css', text('body { color: red }'), 'text/css');
    expect((await download(css.attachment!.url)).headers.get('content-type')).toBe('application/octet-stream');
    const csv = await upload('budget.csv', text('a,b\n1,2\n'), 'text/csv');
    expect((await download(csv.attachment!.url)).headers.get('content-type')).toBe('text/csv');
  });

  it('answers a cross-origin request without a credentialed wildcard by default', async () => {
    const response = await fetch(live.httpUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    // Any origin may call (the API takes a bearer key, never a cookie), but never with credentials.
    expect(['*', 'https://evil.example']).toContain(response.headers.get('access-control-allow-origin'));
  });

  it('CORS_ORIGINS names the origins allowed, with credentials; others get no CORS headers', async () => {
    const config = loadConfig({ CORS_ORIGINS: 'https://app.example, https://admin.example' });
    expect(config.corsOrigins).toEqual(['https://app.example', 'https://admin.example']);
    const app = createApp(live.testApp.started.services, { corsOrigins: config.corsOrigins });
    const preflight = (origin: string) =>
      app.fetch('http://switchboard.test/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight('https://admin.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('CORS_ORIGINS defaults to any origin without credentials, and refuses a value that is not a list of origins', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(() => loadConfig({ CORS_ORIGINS: 'app.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: 'app.example' })).toThrow('CORS_ORIGINS must be * or a comma-separated list of origins like https://app.example, got "app.example".');
  });
});
