import { deflateSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import type { FileStore } from '../files/store.js';

/**
 * Real bytes for the demo's attachments, so their signed links download something a viewer can open.
 * The seed (./demo.ts) writes attachment metadata only; this stores a small file of the right kind for each
 * one still without bytes (a PNG, a JPEG, a PDF, a log or a CSV, made here, no assets) and records its
 * storage key and true size. It runs at every start in demo mode, so a store whose files were lost (a new
 * temporary folder, a crash between seed and files) gets them again.
 */
export async function provideDemoFiles(db: Kysely<Database>, store: FileStore): Promise<number> {
  const missing = await db
    .selectFrom('attachments')
    .select(['id', 'workspace_id', 'filename', 'content_type'])
    .where('storage_key', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (missing.length === 0) return 0;
  const stored = await Promise.all(
    missing.map(async (attachment, index) => {
      const bytes = demoFile(attachment.content_type, attachment.filename, index);
      return { id: attachment.id, key: await store.write(attachment.workspace_id, bytes), size: bytes.length };
    }),
  );
  const rows = sql.join(stored.map((file) => sql`(${file.id}::uuid, ${file.key}, ${file.size}::int)`));
  await sql`
    update attachments a set storage_key = v.key, size_bytes = v.size
      from (values ${rows}) as v(id, key, size)
     where a.id = v.id and a.storage_key is null`.execute(db);
  return stored.length;
}

/** A small, valid file of the given type; `variant` varies the picture or the rows. */
export function demoFile(contentType: string, filename: string, variant: number): Uint8Array {
  switch (contentType) {
    case 'image/png':
      return png(96, 64, variant);
    case 'image/jpeg':
      return jpeg(64, 48, variant);
    case 'application/pdf':
      return pdf(`${filename}: planning notes, demo copy ${variant + 1}`);
    case 'text/csv':
      return text(['date,metric,value', ...Array.from({ length: 30 }, (_, day) => `2025-05-${String(day + 1).padStart(2, '0')},signups,${100 + ((day * 37 + variant * 11) % 90)}`)]);
    default:
      return text(Array.from({ length: 40 }, (_, line) => `2025-05-14T09:${String(line).padStart(2, '0')}:00Z ${line % 7 === 3 ? 'ERROR' : 'INFO'} request ${1000 + line + variant} handled`));
  }
}

function text(lines: string[]): Uint8Array {
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

// ── PNG: RGB, no interlace, one IDAT (zlib), CRC-32 per chunk ─────────────────────────────────────────

function png(width: number, height: number, variant: number): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) {
      const inWindow = x > 8 && x < width - 8 && y > 12 && y < height - 8;
      const bar = y <= 12 ? [40, 44, 52] : null;
      const shade = (x * 255) / width;
      rows.push(...(bar ?? (inWindow ? [245, 246, 248] : [Math.round(shade), 110 + ((variant * 40) % 100), 200])));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ── JPEG: baseline, greyscale, each 8×8 block one flat tone (only DC coefficients) ───────────────────

/** The standard luminance DC Huffman table (JPEG Annex K.3): code counts per length 1–16, then symbols. */
const DC_COUNTS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_SYMBOLS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Flat blocks need one AC symbol only: end of block, coded as the single bit 0. */
const AC_COUNTS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_SYMBOLS = [0x00];
/** Every coefficient quantized by 8, so a block's DC value is its tone − 128. */
const QUANT = 8;

function jpeg(width: number, height: number, variant: number): Uint8Array {
  const codes = huffmanCodes(DC_COUNTS, DC_SYMBOLS);
  const bits = new BitWriter();
  let previous = 0;
  for (let by = 0; by < height / 8; by++) {
    for (let bx = 0; bx < width / 8; bx++) {
      // A soft diagonal gradient with a bright "sun" block, different per variant.
      const sun = bx === 2 + (variant % 4) && by === 1;
      const tone = sun ? 235 : 60 + Math.round(((bx + by) * 140) / (width / 8 + height / 8));
      const dc = tone - 128; // (8 × (tone − 128)) / QUANT
      const diff = dc - previous;
      previous = dc;
      const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      const code = codes.get(category)!;
      bits.write(code.value, code.length);
      if (category > 0) bits.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
      bits.write(0, 1); // end of block
    }
  }
  const segment = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  return Buffer.from([
    0xff, 0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // JFIF 1.1, 1:1 aspect
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(QUANT)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...DC_COUNTS, ...DC_SYMBOLS]),
    ...segment(0xc4, [0x10, ...AC_COUNTS, ...AC_SYMBOLS]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...bits.finish(),
    0xff, 0xd9,
  ]);
}

/** Canonical Huffman codes from code counts per length (JPEG Annex C). */
function huffmanCodes(counts: number[], symbols: number[]): Map<number, { value: number; length: number }> {
  const codes = new Map<number, { value: number; length: number }>();
  let code = 0;
  let next = 0;
  counts.forEach((count, index) => {
    for (let i = 0; i < count; i++) codes.set(symbols[next++], { value: code++, length: index + 1 });
    code <<= 1;
  });
  return codes;
}

/** Entropy-coded bits, most significant first, with 0xFF bytes stuffed and the last byte padded with ones. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      this.used += 1;
      if (this.used === 8) this.flush();
    }
  }

  finish(): number[] {
    if (this.used > 0) this.write((1 << (8 - this.used)) - 1, 8 - this.used);
    return this.bytes;
  }

  private flush(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0x00);
    this.current = 0;
    this.used = 0;
  }
}

// ── PDF: one page of Helvetica text, with a correct cross-reference table ─────────────────────────────

function pdf(line: string): Uint8Array {
  const escaped = line.replace(/[\\()]/g, (char) => `\\${char}`).replace(/[^\x20-\x7e]/g, '?');
  const content = `BT /F1 18 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
