/**
 * Word lists and templates for the demo seed (./demo.ts). Templates name their blanks in braces:
 * `{@}` becomes a mention of another channel member, `{to}` a mention of the person replied to, `{Name}`
 * another member's first name, any other `{key}` a pick from WORDS[key]. Everything here is plain data so the seed's content stays reproducible.
 */

export const WORDS: Record<string, readonly string[]> = {
  service: ['billing-api', 'search-indexer', 'auth-gateway', 'notifications', 'webhooks', 'media-proxy', 'reports'],
  feature: [
    'dark mode', 'SSO login', 'the new onboarding flow', 'CSV export', 'thread search', 'usage dashboards',
    'bulk invites', 'scheduled messages', 'the mobile inbox', 'audit logs',
  ],
  bug: [
    'the double-send bug', 'the timezone bug in reminders', 'the flaky login redirect', 'the memory leak in the worker',
    'the missing avatars on Safari', 'the duplicate webhook deliveries',
  ],
  food: ['tacos', 'ramen', 'dumplings', 'pizza', 'falafel wraps', 'poke bowls', 'banh mi'],
  place: ['the place on 5th', 'Luigi\'s', 'the food trucks by the park', 'Golden Dragon', 'the new spot downstairs'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  lib: ['kysely', 'graphql-yoga', 'vitest', 'typescript', 'pg', 'marked', 'ws'],
  version: ['v1.42.0', 'v1.43.0', 'v1.43.1', 'v2.0.0-rc.1', 'v2.0.0', 'v2.1.3'],
  test: ['auth > refresh token rotation', 'billing > prorates upgrades', 'search > paginates backwards', 'webhooks > retries with backoff'],
  ticket: ['SB-1184', 'SB-1203', 'SB-1217', 'SB-1240', 'SB-1262', 'SB-1279'],
  pr: ['1482', '1490', '1503', '1511', '1526', '1534', '1547'],
  column: ['messages.channel_id', 'reactions.user_id', 'invoices.account_id', 'events.occurred_at'],
  migration: ['0012_invoice_status', '0013_audit_log', '0014_drop_legacy_tokens', '0015_thread_index'],
  ms: ['480', '650', '820', '1200', '2300'],
  pct: ['12', '18', '23', '30', '41', '64'],
  metric: ['queue depth', 'disk usage', 'p99 latency', 'error rate', 'CPU'],
  customer: ['Initech', 'Umbrella Health', 'Hooli', 'Stark Logistics', 'Wayne Foods'],
  slug: ['docs/onboarding', 'blog/faster-search', 'rfc/webhooks-v2', 'handbook/on-call', 'roadmap/q3', 'design/inbox'],
  doc: ['roadmap deck', 'Q3 planning doc', 'pricing one-pager', 'incident timeline', 'interview rubric'],
  oldproj: ['Project Falcon', 'the Zapier integration', 'the desktop beta', 'Smart Replies v1'],
  done: ['finished the billing retry work', 'reviewed three PRs', 'paired on the search indexer', 'fixed two flaky tests'],
  doing: ['picking up the SSO ticket', 'writing the migration for audit logs', 'on code reviews', 'digging into the webhook retries'],
  dur: ['1m 48s', '2m 14s', '3m 02s', '4m 37s'],
  q: ['3', '4'],
  thing: ['mechanical keyboard', 'standing desk', 'podcast', 'sci-fi book', 'hiking trail'],
};

/** Root-message templates per channel topic. */
export const ROOTS: Record<string, readonly string[]> = {
  general: [
    'Good morning team! ☀️ Reminder that the all-hands is on {day} at 10:00.',
    'Heads up @here: the office Wi-Fi will be down {day} morning for maintenance.',
    'The docs for {feature} are live: https://example.com/{slug}',
    'Who\'s around for lunch? Thinking {food} from {place}.',
    'Shoutout to {@} for getting {feature} over the line this week 🎉',
    'Reminder: please fill in the **quarterly survey** by {day}: https://example.com/survey',
    'The {day} demo session is moved to 15:00, same room.',
    'Anyone have a spare USB-C to HDMI adapter? Mine just gave up.',
    'New blog post is live: *How we cut {service} latency by {pct}%* https://example.com/{slug}',
    'Don\'t forget: expense reports are due {day}.',
    'Customer win! **{customer}** just signed the annual plan 🚀',
    'Weekly update:\n- shipped {feature}\n- fixed {bug}\n- next up: {feature}',
    'Is anyone else getting duplicate calendar invites today?',
    'I\'ll be out {day}, {@} is covering for me.',
    'Office plants need watering this week. Any volunteers? 🪴',
    'Friendly reminder that the kitchen fridge gets cleaned out {day} at 17:00.',
  ],
  engineering: [
    'PR for {feature} is up: https://github.com/acme/switchboard/pull/{pr} (would love a review from {@})',
    'Deploying `{service}` to production in 10 minutes, shout if you have anything pending.',
    'Flaky test alert: `{test}` failed 3 times on main today.',
    'Has anyone looked at {bug}? Repro steps are in {ticket}.',
    'Heads up: bumping `{lib}` to {version} across the monorepo.',
    'We should add an index on `{column}`; the `{service}` query plan is doing a seq scan.',
    'Standup: yesterday I {done}, today I\'m {doing}. No blockers.',
    '**RFC:** moving `{service}` from polling to webhooks. Draft here: https://example.com/{slug}',
    '`{service}` p95 latency is up to {ms}ms since this morning, looking into it.',
    'Migration `{migration}` ran clean on staging ✅',
    'TIL `git worktree` lets you check out two branches at once. Game changer.',
    'Code freeze for the release starts {day} at 17:00.',
    'CI is back to green after the cache fix 🎉',
    'Can someone pair with me on {bug} this afternoon? {@}',
    'Reminder: refresh your local `.env`, the staging secrets were rotated.',
    'Proposal for the release checklist:\n1. run `npm run typecheck`\n2. tag {version}\n3. deploy `{service}` first',
  ],
  oncall: [
    'Handing off on-call to {@}. Quiet week, one page for `{service}` {metric}.',
    '🚨 Page: `{service}` error rate above 5%. Ack\'d, investigating.',
    'Resolved: `{service}` was OOM-killed, bumped the memory limit to 1 GiB.',
    'Updated the runbook for `{service}` restarts: https://example.com/{slug}',
    'False alarm on the {metric} alert, the threshold was too tight. Raised it by {pct}%.',
  ],
  random: [
    'Has anyone tried {place}? I heard the {food} is great.',
    'Friday playlist thread 🎶 drop your picks',
    'My cat just walked across the keyboard and pushed to a branch. Sorry in advance.',
    'Best {thing} recommendations? Asking for a friend.',
    'Who\'s up for board games after work on {day}?',
    'The coffee machine on 3 is fixed ☕ rejoice',
    'Hot take: tabs > spaces. Fight me.',
    'Anyone watching the game tonight?',
    'Found this and thought of {@}: https://example.com/cats-in-boxes',
  ],
  leadership: [
    'Draft of the Q{q} OKRs: https://example.com/{slug} (comments by {day} please)',
    'Hiring update: 2 offers out for the senior backend role, 1 accepted 🎉',
    'Budget review moved to {day}. I\'ll bring the updated headcount plan.',
    'Board deck v2 is in the shared drive. Main change: the **ARR slide** is reworked.',
    'We need to decide on the {customer} renewal this week.',
    'Can we talk about {Name}\'s promotion case in our 1:1?',
  ],
  dm: [
    'Hey! Got a minute to go over the design review feedback?',
    'Thanks for the notes on the {feature} mockups, updated version here: https://example.com/{slug}',
    'Are you joining the offsite planning call on {day}?',
    'Quick question: should onboarding include the {feature} tour?',
    'Nice work on the demo today 🙌',
    'Can you send me the link to the user interview notes?',
    'I moved our 1:1 to {day}, hope that works.',
    'Do you have capacity to review the {feature} copy this week?',
    'Coffee later? ☕',
  ],
  oldprojects: [
    'Archiving the {oldproj} repo next week, shout if you still need it.',
    'Final numbers from the {oldproj} pilot: {pct}% of users stuck around after 30 days.',
    'Moving the remaining {oldproj} tickets to the backlog.',
    'Retro notes for {oldproj}: https://example.com/{slug}',
  ],
  globex: [
    'Kickoff notes for the Acme × Globex integration: https://example.com/{slug}',
    '{@} could you share the sandbox credentials through the vault? (not here 🙂)',
    'Webhook payloads from Globex are now arriving in staging ✅',
    'Next sync is {day} at 16:00 CET.',
    'Draft SLA for the partnership: https://example.com/{slug}',
    'The rate limit on the `/orders` endpoint is 100 rps: is that per key or per tenant?',
    'We found {bug} on our side too, fix is rolling out {day}.',
  ],
};

/** What Switchboard's bot posts on its own. */
export const BOT_ROOTS: Record<string, readonly string[]> = {
  general: ['📅 Reminder: all-hands on {day} at 10:00.', '🎂 Say happy birthday to {@} today! 🎉'],
  engineering: [
    '✅ Deployed `{service}` **{version}** to production ({dur}).',
    '⚠️ Nightly build failed on `main`: `{test}`. Logs: https://example.com/ci/nightly',
    '📦 Dependency update available: `{lib}` {version}',
  ],
};

const GENERIC_REPLIES = [
  '👍', 'Thanks!', 'On it.', 'Nice!', 'Makes sense to me.', 'Agreed.', 'Can you share more details?',
  'I\'ll take a look after lunch.', '+1', 'Done ✅', 'Good catch, {to}', 'Thanks {to}!', 'Let\'s discuss at standup.', 'Same here.',
  'Ha, classic.', 'I can help with that.', 'Not sure, {@} would know.', 'Will do.', 'Thanks for flagging!',
  'Sounds good, let\'s do {day}.', 'Interesting, I hadn\'t thought of that.', 'Can we timebox this to 30 minutes?',
];

/** Reply templates per channel topic; each topic also draws from the generic ones. */
export const REPLIES: Record<string, readonly string[]> = {
  general: [...GENERIC_REPLIES, 'See you there.', 'Thanks for organizing!', 'Count me in 🙋'],
  engineering: [
    ...GENERIC_REPLIES, 'LGTM', 'Left a few comments on the PR.', 'Is there a ticket for this?',
    'The fix is in https://github.com/acme/switchboard/pull/{pr}', 'Could be the `{lib}` upgrade?',
    'Tests pass locally, CI is just slow today.', 'Approved, ship it :shipit:', 'Merged 🚀',
    'We have a runbook for that: https://example.com/{slug}',
  ],
  oncall: [...GENERIC_REPLIES, 'Ack.', 'Graphs look normal again.', 'I\'ll keep an eye on it overnight.'],
  random: [...GENERIC_REPLIES, '😂', 'I\'m in!', 'That\'s amazing.', 'Strong disagree 😄', 'Adding it to my list.'],
  leadership: [...GENERIC_REPLIES, 'Let\'s take it offline.', 'I\'ll add it to the agenda.'],
  dm: [
    'Sure, give me 5 minutes.', 'Thanks! 🙏', 'Yes, I\'ll be there.', 'Good idea, let\'s try it.', 'Looks great!',
    'Sent!', 'Works for me.', 'Let me check my calendar.', 'Haha, fair.',
  ],
  oldprojects: [...GENERIC_REPLIES, 'Fine by me.', 'Good riddance 😄'],
  globex: [...GENERIC_REPLIES, 'Confirmed on our side.', 'I\'ll loop in our platform team.'],
};

/** Messages that carry a file: the text, the filename and type, and a plausible size range in bytes. */
export const FILES: ReadonlyArray<{ text: string; filename: string; contentType: string; size: [number, number] }> = [
  { text: 'Screenshot of the new {feature} flow', filename: 'screenshot.png', contentType: 'image/png', size: [80_000, 900_000] },
  { text: 'Here\'s the {doc} from today', filename: 'planning.pdf', contentType: 'application/pdf', size: [200_000, 4_000_000] },
  { text: 'Logs from the `{service}` incident', filename: 'incident.log', contentType: 'text/plain', size: [4_000, 120_000] },
  { text: 'CSV export of {metric} for the last 30 days', filename: 'export.csv', contentType: 'text/csv', size: [10_000, 300_000] },
  { text: 'Mockups for {feature}, feedback welcome', filename: 'mockups.png', contentType: 'image/png', size: [150_000, 2_000_000] },
  { text: 'Photo from the team offsite 📸', filename: 'offsite.jpg', contentType: 'image/jpeg', size: [900_000, 3_500_000] },
];

export const REACTION_EMOJI = ['👍', '🎉', '❤️', '😂', '👀', '🚀', '🙏', '🔥', '✅', ':shipit:'] as const;

/** A conversation written out in full: `parent` is the index of the line replied to (none for the root). */
export interface ScriptLine {
  by: string;
  text: string;
  parent?: number;
  alsoSentToChannel?: boolean;
}

export interface Script {
  channel: string;
  /** How many days before `now` the root is posted. */
  daysAgo: number;
  lines: ScriptLine[];
  pinned?: boolean;
  /** The root is deleted after its replies, leaving a tombstone that keeps the thread. */
  deleteRoot?: boolean;
}

/** Hand-written threads, so the deep trees and the bot interaction read like real conversations. */
export const SCRIPTS: readonly Script[] = [
  {
    channel: 'general', daysAgo: 33, pinned: true,
    lines: [{ by: 'alice', text: 'Welcome to **#general** 👋 Company-wide announcements go here; chatter goes to #random. Handbook: https://example.com/handbook' }],
  },
  {
    channel: 'general', daysAgo: 12,
    lines: [
      { by: 'carol', text: 'Team lunch on Friday? I\'m thinking **tacos** or the new ramen place 🍜' },
      { by: 'bob', text: 'Ramen! Their spicy miso is unreal', parent: 0 },
      { by: 'dave', text: 'Last time the wait was 45 minutes though', parent: 1 },
      { by: 'alice', text: 'We can book ahead for 6, I\'ll call them', parent: 2 },
      { by: 'bob', text: 'Legend. Put me down for the spicy miso 🌶️', parent: 3 },
      { by: 'dave', text: 'Tacos get my vote, but I\'m easy @carol', parent: 0 },
    ],
  },
  {
    channel: 'general', daysAgo: 20, deleteRoot: true,
    lines: [
      { by: 'dave', text: 'Sharing the salary bands spreadsheet: https://example.com/oops' },
      { by: 'carol', text: 'Was that meant for #leadership? 😅', parent: 0 },
      { by: 'dave', text: 'Yes! Deleted, thanks for catching it', parent: 1 },
    ],
  },
  {
    channel: 'engineering', daysAgo: 9,
    lines: [
      { by: 'bob', text: 'Seeing elevated 5xx on `billing-api` since the 14:00 deploy. Anyone else? @alice' },
      { by: 'dave', text: 'Yep, p99 jumped to 2.3s. Looks like the connection pool is exhausted', parent: 0 },
      { by: 'alice', text: 'The new retry logic doesn\'t release the client on timeout. Rolling back now', parent: 1 },
      { by: 'bob', text: 'Rollback done, error rate is back under 0.1% 👍', parent: 2, alsoSentToChannel: true },
      { by: 'alice', text: 'Thanks. I\'ll write a short postmortem. **Action item:** alert on pool exhaustion', parent: 3 },
      { by: 'dave', text: 'I can take the pool-exhaustion alert, it\'s a one-liner in the dashboard config', parent: 0 },
      { by: 'bob', text: 'Should we also add a test for the timeout path? @dave', parent: 0 },
    ],
  },
  {
    channel: 'engineering', daysAgo: 4,
    lines: [
      { by: 'dave', text: '@switchbot deploy `search-indexer` to staging' },
      { by: 'switchbot', text: 'On it: deploying `search-indexer` **v2.1.3** to staging.', parent: 0 },
      { by: 'switchbot', text: '✅ `search-indexer` v2.1.3 is live on staging (2m 14s).', parent: 1 },
      { by: 'dave', text: 'Thanks! Smoke tests are green, @bob you can try the new ranking there', parent: 2 },
    ],
  },
];
