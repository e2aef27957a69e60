import { MicrosoftTransport } from '../../../src/providers/kit/graph/transport.js';
import type { FakeGraph, FakeGraphUser } from './index.js';

/**
 * What a browser does at the fake identity platform's authorize page (`authorize`, where Switchboard's
 * install route redirected): signs in as `user` (the fake has no login page and picks the person by
 * `login_hint`) and answers the URL it is sent back to (Switchboard's callback with `code` and `state`, or
 * with `error` when consent was refused). Shared by the Teams and Outlook OAuth tests.
 */
export async function signInAt(fake: FakeGraph, authorize: URL, user: FakeGraphUser): Promise<string> {
  const hinted = new URL(authorize);
  hinted.searchParams.set('login_hint', user.userPrincipalName);
  const browser = new MicrosoftTransport({ ca: fake.ca });
  try {
    const back = await browser.send({ url: hinted.toString(), method: 'GET', headers: new Headers(), body: null });
    const location = back.headers.get('location');
    if (back.status !== 302 || !location) throw new Error(`The fake identity platform answered ${back.status} to the authorize page, not a redirect back.`);
    return location;
  } finally {
    browser.close();
  }
}
