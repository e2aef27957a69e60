import type { MessageFieldsFragment } from '@switchboard/client';
import { h } from './dom.js';

/**
 * The channel as a forest of reply trees in the DOM, kept up to date incrementally: a message is rendered
 * once, updated in place (edits, reactions, deletion), and a new reply is appended under its parent at any
 * depth. Open reply forms survive updates because nothing is re-rendered wholesale.
 */

export interface MessageActions {
  reply(parent: MessageFieldsFragment, markdown: string, idempotencyKey: string): Promise<void>;
  toggleReaction(message: MessageFieldsFragment, emoji: string, reacted: boolean): Promise<void>;
}

const QUICK_REACTIONS = ['👍', '🎉', '👀'];

export class ChannelView {
  private readonly elements = new Map<string, HTMLElement>();
  private readonly messages = new Map<string, MessageFieldsFragment>();

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: MessageActions,
    private readonly canPost: boolean,
  ) {}

  has(id: string): boolean {
    return this.elements.has(id);
  }

  /** A root message of the timeline: `newest` puts it on top (live), otherwise below those shown. */
  addRoot(message: MessageFieldsFragment, newest = false): void {
    if (this.elements.has(message.id)) return this.update(message);
    const element = this.render(message);
    if (newest) this.root.prepend(element);
    else this.root.append(element);
  }

  /** A reply under its parent, at any depth; false when the parent is not on the page. */
  addReply(message: MessageFieldsFragment): boolean {
    if (this.elements.has(message.id)) {
      this.update(message);
      return true;
    }
    const parent = message.parent && this.elements.get(message.parent.id);
    if (!parent) return false;
    parent.querySelector(':scope > .replies')!.append(this.render(message));
    this.bumpReplyCounts(message.parent!.id);
    return true;
  }

  update(message: MessageFieldsFragment): void {
    const element = this.elements.get(message.id);
    if (!element) return;
    const previous = this.messages.get(message.id)!;
    this.messages.set(message.id, { ...previous, ...message });
    element.querySelector(':scope > .body > .text')!.replaceWith(this.text(message));
    element.querySelector(':scope > .body > header')!.replaceWith(this.header(message));
    element.querySelector(':scope > .body > .reactions')!.replaceWith(this.reactions(message));
    element.classList.toggle('deleted', Boolean(message.deletedAt));
  }

  private render(message: MessageFieldsFragment): HTMLElement {
    this.messages.set(message.id, message);
    const form = this.replyForm(message);
    const element = h(
      'article',
      { class: `message${message.deletedAt ? ' deleted' : ''}${message.type === 'SYSTEM' ? ' system' : ''}`, 'data-id': message.id },
      h(
        'div',
        { class: 'body' },
        this.header(message),
        this.text(message),
        this.reactions(message),
        this.canPost && message.type !== 'SYSTEM'
          ? h('button', { type: 'button', class: 'reply-button', onclick: () => toggleForm(form) }, 'Reply')
          : null,
        form,
      ),
      h('div', { class: 'replies' }),
    );
    this.elements.set(message.id, element);
    return element;
  }

  private header(message: MessageFieldsFragment): HTMLElement {
    const time = new Date(message.createdAt);
    return h(
      'header',
      {},
      h('strong', { class: 'author' }, message.author?.name ?? 'Switchboard'),
      message.author?.handle ? h('span', { class: 'handle' }, ` @${message.author.handle}`) : null,
      h('time', { datetime: message.createdAt, title: time.toLocaleString() }, ` ${time.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}`),
      message.editedAt ? h('span', { class: 'edited' }, ' (edited)') : null,
      h('span', { class: 'reply-count' }, message.replyCount > 0 ? ` · ${message.replyCount} ${message.replyCount === 1 ? 'reply' : 'replies'}` : ''),
    );
  }

  private text(message: MessageFieldsFragment): HTMLElement {
    return h('p', { class: 'text' }, message.deletedAt ? 'This message was deleted.' : message.text);
  }

  private reactions(message: MessageFieldsFragment): HTMLElement {
    const used = new Set(message.reactions.map((group) => group.emoji));
    return h(
      'div',
      { class: 'reactions' },
      ...message.reactions.map((group) =>
        h(
          'button',
          {
            type: 'button',
            class: `reaction${group.viewerHasReacted ? ' mine' : ''}`,
            'aria-pressed': String(group.viewerHasReacted),
            title: group.viewerHasReacted ? 'Remove your reaction' : 'React',
            onclick: () => void this.actions.toggleReaction(message, group.emoji, group.viewerHasReacted),
          },
          `${group.emoji} ${group.count}`,
        ),
      ),
      ...(this.canPost && !message.deletedAt && message.type !== 'SYSTEM'
        ? QUICK_REACTIONS.filter((emoji) => !used.has(emoji)).map((emoji) =>
            h('button', { type: 'button', class: 'reaction add', title: `React with ${emoji}`, onclick: () => void this.actions.toggleReaction(message, emoji, false) }, `+${emoji}`),
          )
        : []),
    );
  }

  private replyForm(parent: MessageFieldsFragment): HTMLFormElement {
    const input = h('textarea', { name: 'markdown', rows: '2', placeholder: `Reply to ${parent.author?.name ?? 'this message'}… (markdown, @handle mentions)`, required: true });
    const status = h('span', { class: 'form-status', role: 'status' });
    // One idempotency key per reply being written: a retry after a network error cannot send it twice.
    let key = crypto.randomUUID();
    const form = h(
      'form',
      {
        class: 'reply-form',
        hidden: true,
        onsubmit: (event) => {
          event.preventDefault();
          status.textContent = 'Sending…';
          this.actions.reply(parent, input.value, key).then(
            () => {
              input.value = '';
              key = crypto.randomUUID();
              status.textContent = '';
              form.hidden = true;
            },
            (error: Error) => (status.textContent = error.message),
          );
        },
      },
      input,
      h('button', { type: 'submit' }, 'Send reply'),
      status,
    );
    return form;
  }

  private bumpReplyCounts(parentId: string): void {
    for (let id: string | undefined = parentId; id; id = this.messages.get(id)?.parent?.id) {
      const message = this.messages.get(id);
      if (!message) break;
      this.update({ ...message, replyCount: message.replyCount + 1 });
    }
  }
}

function toggleForm(form: HTMLFormElement): void {
  form.hidden = !form.hidden;
  if (!form.hidden) form.querySelector('textarea')?.focus();
}
