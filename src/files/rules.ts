import { SwitchboardError } from '../errors.js';
import { executableKind, isSignedType, sniffedType } from './content.js';

/**
 * What an upload may be, and how a stored file is served. Pure functions, shared by the upload mutation
 * (src/resolvers/files.ts), the request-size guard (src/app.ts) and the download route (./download.ts).
 *
 * The decision: executables are refused at upload, judged by the name as Windows would read it (trailing
 * dots and spaces and NTFS stream suffixes dropped: `script.bat.`, `a.exe::$DATA`) against a deny-list of
 * extensions and types, and by content (Windows, Linux and macOS program headers, CHM) whatever the name
 * says. The stored type is the one the content shows where it can be told (./content.ts). Everything else
 * is accepted, and every download is served as an attachment (`Content-Disposition: attachment`,
 * `X-Content-Type-Options: nosniff`, a sandboxing CSP) with its own type only when that type is on an
 * allow-list of passive ones (images, PDF, plain text, audio, video); anything else is served as
 * `application/octet-stream`, so a shared file never executes on Switchboard's origin.
 */

/** Default largest upload: 25 MiB. `MAX_ATTACHMENT_BYTES` changes it. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/**
 * Room for the rest of a multipart upload request besides the file: the `operations` JSON (yoga's parser
 * caps a field at 1 MB) and the part headers. A body within `maxBytes + MULTIPART_OVERHEAD` reaches the
 * mutation, which names a file over `maxBytes` in a userError; a bigger body is refused before parsing.
 */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

/** Longest file name kept, in characters (file systems' usual 255). */
export const MAX_FILENAME_LENGTH = 255;

/** The most request body a request may carry: the JSON limit, or for multipart the upload limit. */
export function requestBodyLimit(request: Request, jsonLimit: number, maxAttachmentBytes: number): number {
  return isMultipart(request) ? maxAttachmentBytes + MULTIPART_OVERHEAD_BYTES : jsonLimit;
}

export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');
}

/** "25 MiB", "1.5 KiB", "12 bytes": sizes as people read them in error messages. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${units[unit]}`;
}

/** Extensions of programs and scripts that run on a double click, of installers and disk images; refused at upload. */
const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'dll', 'com', 'bat', 'cmd', 'msi', 'msp', 'mst', 'msix', 'msixbundle', 'appx', 'appxbundle', 'scr', 'pif',
  'cpl', 'hta', 'vb', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'wsf', 'wsh', 'ws', 'wsc', 'ps1', 'psm1', 'psd1', 'ps1xml',
  'msc', 'lnk', 'url', 'scf', 'inf', 'reg', 'chm', 'hlp', 'gadget', 'application', 'appref-ms', 'jar', 'jnlp',
  'apk', 'xll', 'xbap', 'sys', 'drv', 'ocx', 'iso', 'img', 'vhd', 'vhdx', 'sh', 'bash', 'zsh', 'csh', 'ksh',
  'command', 'tool', 'app', 'pkg', 'dmg', 'deb', 'rpm', 'run', 'elf', 'so', 'dylib',
]);

const EXECUTABLE_TYPES = new Set([
  'application/x-msdownload', 'application/x-msdos-program', 'application/x-ms-installer', 'application/x-msi',
  'application/vnd.microsoft.portable-executable', 'application/x-dosexec', 'application/x-executable',
  'application/java-archive', 'application/vnd.android.package-archive', 'application/hta',
]);

/** Passive types served as themselves; any other is served as opaque bytes (application/octet-stream). */
const SERVED_TYPES = new Set([
  'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'text/csv', 'text/markdown',
  'application/json', 'application/zip', 'audio/mpeg', 'audio/ogg', 'audio/wav', 'video/mp4', 'video/webm',
]);

/** Types guessed from the extension when the client sends none (or the generic octet-stream). */
const TYPES_BY_EXTENSION: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
  pdf: 'application/pdf', txt: 'text/plain', log: 'text/plain', md: 'text/markdown', csv: 'text/csv',
  json: 'application/json', zip: 'application/zip', mp4: 'video/mp4', mp3: 'audio/mpeg',
};

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
const FIELD = ['input', 'file'];

/**
 * The name to keep: the last path segment (some clients send `C:\Users\…\report.pdf`), in Unicode NFC,
 * without control and bidirectional-override characters (which make `exe.pdf` read backwards), without an
 * NTFS stream suffix (`::$DATA`) or the trailing dots and spaces Windows drops. VALIDATION_ERROR when nothing
 * is left or it is longer than MAX_FILENAME_LENGTH.
 */
export function uploadFilename(raw: string): string {
  const name = (raw.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/(:[^:]*)?:\$[A-Za-z_]+$/, '')
    .trim()
    .replace(/[. ]+$/, '');
  if (name === '' || name === '.' || name === '..') {
    throw new SwitchboardError('VALIDATION_ERROR', `file: the upload needs a file name, got ${JSON.stringify(raw)}.`, {
      field: FIELD,
    });
  }
  if ([...name].length > MAX_FILENAME_LENGTH) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `file: the file name is ${[...name].length} characters long; the limit is ${MAX_FILENAME_LENGTH}.`,
      { field: FIELD },
    );
  }
  return name;
}

/**
 * The type to store: the one the content shows when it can be told (./content.ts), else the declared type
 * reduced to `type/subtype` in lower case (guessed from the extension when missing) — unless it claims a type
 * whose content is checkable and the content does not match: then application/octet-stream.
 */
export function uploadContentType(declared: string, filename: string, head: Uint8Array): string {
  const sniffed = sniffedType(head);
  if (sniffed) return sniffed;
  const essence = declared.split(';')[0].trim().toLowerCase();
  const claimed = MEDIA_TYPE.test(essence) && essence !== 'application/octet-stream'
    ? essence
    : (TYPES_BY_EXTENSION[extensionOf(filename)] ?? 'application/octet-stream');
  return isSignedType(claimed) ? 'application/octet-stream' : claimed;
}

/**
 * Refuses what may not be uploaded: an empty file, one over `maxBytes`, an executable by name (as Windows
 * reads it), type or content (`head`: the file's first bytes, ./content.ts HEAD_BYTES). Messages name the
 * field and the value.
 */
export function checkUpload(upload: { filename: string; contentType: string; sizeBytes: number; head: Uint8Array }, maxBytes: number): void {
  if (upload.sizeBytes === 0) {
    throw new SwitchboardError('VALIDATION_ERROR', `file: ${JSON.stringify(upload.filename)} is empty.`, { field: FIELD });
  }
  if (upload.sizeBytes > maxBytes) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `file: ${JSON.stringify(upload.filename)} is ${upload.sizeBytes.toLocaleString('en-US')} bytes; ` +
        `the limit is ${maxBytes.toLocaleString('en-US')} bytes (${formatBytes(maxBytes)}).`,
      { field: FIELD },
    );
  }
  // Windows opens `a.exe:zone` as a.exe: judge the name up to its first colon too.
  const extensions = [extensionOf(upload.filename), extensionOf(upload.filename.split(':')[0].replace(/[. ]+$/, ''))];
  const badExtension = extensions.find((extension) => EXECUTABLE_EXTENSIONS.has(extension));
  const program = executableKind(upload.head);
  const what = badExtension ? `.${badExtension}` : program ?? (EXECUTABLE_TYPES.has(upload.contentType) ? upload.contentType : null);
  if (what) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `file: executable files are not accepted (${JSON.stringify(upload.filename)} is ${what}); put it in an archive to share it.`,
      { field: FIELD },
    );
  }
}

/** The Content-Type a stored file is served with: its own when it is on the allow-list of passive types. */
export function servedContentType(contentType: string): string {
  const essence = contentType.split(';')[0].trim().toLowerCase();
  return SERVED_TYPES.has(essence) ? essence : 'application/octet-stream';
}

/** `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the exact name (RFC 6266). */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const exact = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot <= 0 ? '' : filename.slice(dot + 1).toLowerCase();
}
