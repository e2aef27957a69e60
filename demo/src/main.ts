import {
  AddReactionDocument,
  ChannelTreesDocument,
  RemoveReactionDocument,
  SendMessageDocument,
  WorkspacesDocument,
  type MessageFieldsFragment,
  type WorkspacesQuery,
} from '@switchboard/client';
import { apiKey, check, request, setApiKey } from './api.js';
import { byId, h } from './dom.js';
import { openLiveStream, type LiveEvent, type LiveStatus, type LiveStream } from './live.js';
import { ChannelView } from './messages.js';
import './style.css';

/**
 * The live thread-tree page (/demo): pick a workspace and a channel, read its messages with their whole reply
 * trees, reply at any depth, react, and watch other people's messages, edits and reactions arrive over the
 * subscription. Written against @switchboard/client's typed documents; meant to be copied.
 */

type Workspace = WorkspacesQuery['workspaces'][number];

const keyForm = byId<HTMLFormElement>('key-form');
const keyInput = byId<HTMLInputElement>('api-key');
const pickers = byId<HTMLElement>('pickers');
const workspaceSelect = byId<HTMLSelectElement>('workspace');
const channelSelect = byId<HTMLSelectElement>('channel');
const statusBadge = byId<HTMLElement>('live-status');
const notice = byId<HTMLElement>('notice');
const composer = byId<HTMLFormElement>('composer');
const list = byId<HTMLElement>('messages');

let workspaces: Workspace[] = [];
let live: LiveStream | null = null;
let view: ChannelView | null = null;
let channelId: string | null = null;

function showNotice(text: string): void {
  notice.textContent = text;
  notice.hidden = text === '';
}

function setStatus(status: LiveStatus): void {
  statusBadge.dataset.status = status;
  statusBadge.textContent = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', stopped: 'Offline' }[status];
}

async function connect(): Promise<void> {
  showNotice('');
  try {
    const data = await request(WorkspacesDocument, {});
    workspaces = data.workspaces;
    byId('viewer').textContent = `Signed in as ${data.viewer.name}`;
  } catch (error) {
    showNotice(`Could not sign in: ${(error as Error).message}`);
    pickers.hidden = true;
    return;
  }
  pickers.hidden = false;
  workspaceSelect.replaceChildren(...workspaces.map((workspace) => h('option', { value: workspace.id }, workspace.name)));
  const wanted = new URLSearchParams(location.hash.slice(1)).get('channel');
  const home = workspaces.find((workspace) => workspace.channels.edges.some((edge) => edge.node.id === wanted)) ?? workspaces[0];
  if (!home) return showNotice('This key sees no workspace.');
  workspaceSelect.value = home.id;
  fillChannels(home, wanted);
  await openChannel(channelSelect.value);
}

function fillChannels(workspace: Workspace, wanted: string | null): void {
  const channels = workspace.channels.edges.map((edge) => edge.node);
  channelSelect.replaceChildren(
    ...channels.map((channel) =>
      h('option', { value: channel.id }, `${channel.type === 'DIRECT' ? '@' : '#'}${channel.name}${channel.unreadCount ? ` (${channel.unreadCount} unread)` : ''}`),
    ),
  );
  const general = channels.find((channel) => channel.name === 'general');
  channelSelect.value = channels.some((channel) => channel.id === wanted) ? wanted! : (general ?? channels[0])?.id ?? '';
}

async function openChannel(id: string): Promise<void> {
  live?.stop();
  live = null;
  channelId = id;
  list.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  history.replaceState(null, '', `#channel=${encodeURIComponent(id)}`);
  let data;
  try {
    data = await request(ChannelTreesDocument, { channelId: id, first: 20, replies: 100 });
  } catch (error) {
    list.replaceChildren();
    return showNotice((error as Error).message);
  }
  if (channelId !== id || !data.channel) return;
  const channel = data.channel;
  list.replaceChildren();
  composer.hidden = !channel.viewerCanPost;
  view = new ChannelView(list, { reply, toggleReaction }, channel.viewerCanPost);
  for (const { node } of channel.messages.edges) {
    view.addRoot(node);
    for (const reply of node.descendants.edges) view.addReply(reply.node);
  }
  live = openLiveStream(
    { channelIds: [id], types: ['MESSAGE_CREATED', 'MESSAGE_UPDATED', 'MESSAGE_DELETED', 'REACTION_ADDED', 'REACTION_REMOVED'] },
    apply,
    setStatus,
  );
}

/** What the subscription reports, applied to the page. */
function apply(event: LiveEvent): void {
  const message = event.message;
  if (!view || !message || message.channel.id !== channelId) return;
  if (event.type === 'MESSAGE_CREATED') {
    if (message.parent) view.addReply(message);
    else view.addRoot(message, true);
  } else {
    view.update(message);
  }
}

async function reply(parent: MessageFieldsFragment, markdown: string, idempotencyKey: string): Promise<void> {
  const { sendMessage } = await request(SendMessageDocument, { input: { channelId: channelId!, parentId: parent.id, markdown, idempotencyKey } });
  check(sendMessage);
  view?.addReply(sendMessage.message!);
}

async function toggleReaction(message: MessageFieldsFragment, emoji: string, reacted: boolean): Promise<void> {
  try {
    const variables = { messageId: message.id, emoji };
    const payload = reacted
      ? (await request(RemoveReactionDocument, variables)).removeReaction
      : (await request(AddReactionDocument, variables)).addReaction;
    check(payload);
    if (payload.message) view?.update({ ...message, reactions: payload.message.reactions });
  } catch (error) {
    showNotice((error as Error).message);
  }
}

keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  setApiKey(keyInput.value.trim() || null);
  void connect();
});
byId('forget-key').addEventListener('click', () => {
  setApiKey(null);
  keyInput.value = '';
  live?.stop();
  pickers.hidden = true;
  list.replaceChildren();
});
workspaceSelect.addEventListener('change', () => {
  const workspace = workspaces.find((candidate) => candidate.id === workspaceSelect.value);
  if (!workspace) return;
  fillChannels(workspace, null);
  void openChannel(channelSelect.value);
});
channelSelect.addEventListener('change', () => void openChannel(channelSelect.value));
composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = composer.querySelector('textarea')!;
  const markdown = input.value;
  void request(SendMessageDocument, { input: { channelId: channelId!, markdown, idempotencyKey: crypto.randomUUID() } }).then(
    ({ sendMessage }) => {
      check(sendMessage);
      input.value = '';
      view?.addRoot(sendMessage.message!, true);
    },
    (error: Error) => showNotice(error.message),
  );
});

// The key: the one this tab already uses, else the demo key the server offers in demo mode (to confirm).
const demoKey = document.querySelector<HTMLMetaElement>('meta[name="switchboard-demo-key"]')?.content ?? '';
keyInput.value = apiKey() ?? demoKey;
if (apiKey()) void connect();
