import { SwitchboardError } from '../../errors.js';

/**
 * Reactions. Graph's `reactionType` is a unicode emoji (`👍`) in current Teams, or one of the six legacy
 * names (`like`, `heart`, `laugh`, `surprised`, `sad`, `angry`) on older messages. Switchboard names
 * reactions `:name:` as Slack does, so a reaction reads the same on every provider: known emoji are reported
 * by name, anything else as the unicode Graph gave. On input `:name:` of a known emoji and any unicode emoji
 * are accepted.
 */

const BY_NAME: Record<string, string> = {
  thumbsup: '👍',
  '+1': '👍',
  thumbsdown: '👎',
  '-1': '👎',
  heart: '❤️',
  tada: '🎉',
  eyes: '👀',
  rocket: '🚀',
  smile: '😄',
  laughing: '😆',
  joy: '😂',
  cry: '😢',
  open_mouth: '😮',
  angry: '😠',
  fire: '🔥',
  white_check_mark: '✅',
  pray: '🙏',
  clap: '👏',
  '100': '💯',
  thinking_face: '🤔',
  wave: '👋',
  ok_hand: '👌',
};

/** The name each unicode emoji is reported by (the first name listed above wins). */
const NAME_OF = new Map<string, string>();
for (const [name, unicode] of Object.entries(BY_NAME)) if (!NAME_OF.has(unicode)) NAME_OF.set(unicode, name);

const LEGACY: Record<string, string> = { like: '👍', heart: '❤️', laugh: '😆', surprised: '😮', sad: '😢', angry: '😠' };

/** Graph's reactionType as the emoji Switchboard reports. */
export function emojiOfReaction(reactionType: string): string {
  const unicode = LEGACY[reactionType] ?? reactionType;
  const name = NAME_OF.get(unicode) ?? NAME_OF.get(unicode.replace(/\uFE0F/g, ''));
  return name ? `:${name}:` : unicode;
}

/** The reactionType to send for an emoji given as `:name:` or unicode. */
export function reactionTypeOf(emoji: string): string {
  const trimmed = emoji.trim();
  const named = /^:([\w+-]+):$/.exec(trimmed);
  if (named) {
    const unicode = BY_NAME[named[1]];
    if (unicode) return unicode;
  } else if (trimmed !== '' && /\p{Extended_Pictographic}/u.test(trimmed)) {
    return trimmed;
  }
  throw new SwitchboardError('VALIDATION_ERROR', `Teams reactions take a unicode emoji or a known name such as ":thumbsup:"; ${JSON.stringify(emoji)} is neither.`, {
    field: ['input', 'emoji'],
  });
}

/** Whether two reactionTypes are the same reaction (legacy names and unicode forms agree). */
export function sameReaction(a: string, b: string): boolean {
  return emojiOfReaction(a) === emojiOfReaction(b);
}
