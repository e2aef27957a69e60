import { describe, expect, it } from 'vitest';
import { base64Field } from '../../../src/providers/gmail/attachments.js';

/** The decoder behind streamed attachment downloads: Gmail's `{"size": n, "data": "…"}` decoded as it arrives. */
describe('Gmail attachment bodies decoded from streamed JSON', () => {
  const bytes = Buffer.from(Array.from({ length: 1001 }, (_, i) => (i * 31) % 256));
  const json = JSON.stringify({ size: bytes.length, data: bytes.toString('base64url'), attachmentId: 'ANGjdx' });
  const collect = async (chunks: string[]) => {
    const out: Buffer[] = [];
    for await (const piece of base64Field((async function* () { yield* chunks; })(), 'data')) out.push(Buffer.from(piece));
    return Buffer.concat(out);
  };

  it('gives the same bytes whatever the chunk boundaries, the field name split across chunks included', async () => {
    for (const size of [1, 2, 3, 5, 7, 64, json.length]) {
      const chunks = json.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect((await collect(chunks)).equals(bytes), `chunks of ${size}`).toBe(true);
    }
  });

  it('fails when the answer has no data field', async () => {
    await expect(collect(['{"size": 0}'])).rejects.toThrow(/without its "data"/);
  });
});
