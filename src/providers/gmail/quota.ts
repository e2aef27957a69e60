/** Quota units per Gmail method (limits.md 5d, classic table; the 2026 table raises messages.get to 20). */
export const QUOTA_UNITS: Readonly<Record<string, number>> = {
  'labels.list': 1,
  'labels.get': 1,
  getProfile: 1,
  'history.list': 2,
  'messages.list': 5,
  'messages.get': 5,
  'messages.modify': 5,
  'messages.trash': 5,
  'messages.untrash': 5,
  'messages.attachments.get': 5,
  'messages.batchModify': 50,
  'messages.send': 100,
  'threads.list': 10,
  'threads.get': 10,
  watch: 100,
  stop: 50,
};
