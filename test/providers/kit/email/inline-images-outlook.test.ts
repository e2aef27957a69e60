import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInlineImages } from '../../../../src/providers/kit/email/inline-images.js';
import { openOutlookMailbox, type OutlookMailbox } from '../../../../testkit/fakes/graph/outlook-fixture.js';

/**
 * Outlook's read-back of inline images through the email kit (../../../../src/providers/kit/email/
 * inline-images.ts), against the fake Graph: a body's `cid:` names a fileAttachment by its `contentId`,
 * which Graph lists only when selected by its type cast. (Gmail's read-back runs end to end, with the
 * signed link downloaded: test/providers/gmail/e2e.test.ts.)
 */
describe('Outlook inline images on the fake Graph', () => {
  let box: OutlookMailbox;
  beforeAll(async () => {
    box = await openOutlookMailbox();
  });
  afterAll(async () => box.close());

  it('shows a cid: image as its own attachment (signed by the schema) and drops a cid naming none', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    const sent = box.fake.mail.deliver(box.ana.id, {
      from: { name: 'Carol', address: 'carol@partner.example' },
      to: [{ address: box.ana.mail }],
      subject: 'Logo',
      body: '<p>Our logo: <img src="cid:logo.png@01DA0001" alt="Acme logo" width="64"> and <img src="cid:missing@01DA" alt="Lost"></p>',
      attachments: [
        { name: 'logo.png', contentType: 'image/png', contentBytes: png, isInline: true, contentId: 'logo.png@01DA0001' },
        { name: 'report.pdf', contentType: 'application/pdf', contentBytes: png },
      ],
    });
    box.fake.resetCalls();
    const view = box.provider.forRequest(async () => box.actors.ana);
    const [record] = await view.loadMessages([sent.id]);
    if (!record || record instanceof Error) throw new Error(`message not read: ${String(record)}`);
    // Graph is asked for contentId by the fileAttachment cast (the base attachment type has none: a 400 otherwise).
    expect(box.fake.calls.some((call) => decodeURIComponent(call.query).includes('microsoft.graph.fileAttachment/contentId'))).toBe(true);
    const logo = record.attachments.find((attachment) => attachment.filename === 'logo.png')!;
    expect(logo.url).toBe(`/provider-files/${logo.id}`);
    expect(record.html).toContain(`<img src="/provider-files/${encodeURIComponent(logo.id)}" alt="Acme logo" width="64" />`);
    expect(record.html).toContain('<span>[Lost]</span>');
    expect(record.text).toContain('Acme logo');
    expect(record.text).not.toContain('provider-files');

    const signed = signInlineImages(record.html!, record.attachments, (attachment) => `https://switchboard.test/files/${encodeURIComponent(attachment.id)}/download?exp=1&sig=x`);
    expect(signed).toContain(`<img src="https://switchboard.test/files/${encodeURIComponent(logo.id)}/download?exp=1&amp;sig=x" alt="Acme logo"`);
  });
});
