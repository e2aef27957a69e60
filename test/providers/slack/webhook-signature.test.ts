import { describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackRequest } from '../../../src/providers/slack/index.js';

/** Slack's documented worked example (../shared/reference/providers.md A.4). */
const DOC = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
    '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com' +
    '%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const at = Number(DOC.timestamp);

describe('Slack v0 request signatures', () => {
  it("computes Slack's documented example signature", () => {
    expect(signSlackRequest(DOC.secret, DOC.timestamp, DOC.body)).toBe(DOC.signature);
  });

  it('accepts the documented request within five minutes of its timestamp, and says which secret signed it', () => {
    const headers = { timestamp: DOC.timestamp, signature: DOC.signature };
    expect(verifySlackRequest(headers, bytes(DOC.body), [DOC.secret], at)).toEqual({ ok: true, secretIndex: 0 });
    expect(verifySlackRequest(headers, bytes(DOC.body), ['another-secret-000000', DOC.secret], at + 299)).toEqual({ ok: true, secretIndex: 1 });
  });

  it('rejects a timestamp older than five minutes even with a valid signature (replay)', () => {
    const headers = { timestamp: DOC.timestamp, signature: DOC.signature };
    expect(verifySlackRequest(headers, bytes(DOC.body), [DOC.secret], at + 301)).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('rejects a changed body, a wrong secret, a malformed signature and missing headers', () => {
    const headers = { timestamp: DOC.timestamp, signature: DOC.signature };
    expect(verifySlackRequest(headers, bytes(`${DOC.body}&x=1`), [DOC.secret], at)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySlackRequest(headers, bytes(DOC.body), ['not-the-secret-0000'], at)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySlackRequest({ ...headers, signature: 'v1=abc' }, bytes(DOC.body), [DOC.secret], at)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifySlackRequest({ ...headers, signature: null }, bytes(DOC.body), [DOC.secret], at)).toEqual({ ok: false, reason: 'missing_headers' });
    expect(verifySlackRequest({ ...headers, timestamp: null }, bytes(DOC.body), [DOC.secret], at)).toEqual({ ok: false, reason: 'missing_headers' });
    expect(verifySlackRequest({ ...headers, timestamp: 'yesterday' }, bytes(DOC.body), [DOC.secret], at)).toEqual({
      ok: false,
      reason: 'stale_timestamp',
    });
    expect(verifySlackRequest(headers, bytes(DOC.body), [], at)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('matches the JSON url_verification vector computed for the reference', () => {
    const body =
      '{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}';
    expect(signSlackRequest(DOC.secret, DOC.timestamp, body)).toBe('v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652');
  });
});
