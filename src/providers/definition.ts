import type { Expression, Kysely } from 'kysely';
import type { OAuthPurpose, OAuthState } from '../connections/oauth-states.js';
import type { Connections } from '../connections/service.js';
import type { ConnectionCredentials, CredentialLabels, StoredConnection } from '../connections/store.js';
import type { Database } from '../db/tables.js';
import type { FileStore } from '../files/store.js';
import type { Capabilities } from './capabilities.js';
import type { EventType, ProviderChange } from './events.js';
import type { ProviderKind, ProviderName, WorkspaceRecord } from './model.js';
import type { MessagingProvider } from './provider.js';
import type { ScheduledQueue } from './features/scheduled.js';

/**
 * A provider as a module: everything Switchboard needs to know about one messaging platform, exported by
 * the `index.ts` of its folder and listed once in src/providers/index.ts. The static parts (name, kind,
 * capabilities, settings, credential shape, echo rules, connect forms) are read before anything starts;
 * `start` builds the running parts for one server (opening workspaces, reachable workspaces, connecting,
 * webhooks, polling), given what the server shares with it (ProviderHost).
 */
export interface ProviderDefinition<Settings = unknown> {
  /** Its key in routes (/webhooks/:name, /oauth/:name/…), stored rows, global ids and events: [a-z][a-z0-9-]*. */
  readonly name: ProviderName;
  /** How its workspaces show in the schema's `Provider` enum: a public provider's own name; a test kit's provider borrows one. */
  readonly kind: ProviderKind;
  /** Its name in messages and pages, e.g. "Connecting a <displayName> workspace …". */
  readonly displayName: string;
  /** What its workspaces can do at best; one workspace may say less (a polled one sees fewer events). */
  readonly capabilities: Capabilities;
  /**
   * Reads and validates its own environment variables; throws SettingsError (src/connections/settings.ts)
   * naming the variable and the bad value. Called with `{}` for its defaults. Absent: nothing to configure.
   */
  readSettings?(env: NodeJS.ProcessEnv): Settings;
  /** How its stored credentials are sealed; absent for a provider that stores none (the built-in workspace). */
  readonly credentials?: CredentialShape<Settings>;
  /** How it recognises the echo of a change made through Switchboard; absent: it never reports one back. */
  readonly echoes?: EchoRules;
  /** The inputs of `connectWorkspace` and `linkAccount` for it, as the schema shows them; absent: none. */
  readonly forms?: ConnectForms;
  /**
   * The route family its OAuth and webhook routes belong to, when several providers share them (Teams and
   * Outlook share /oauth/microsoft/* and /webhooks/microsoft, the one app registration and notification URL
   * Microsoft knows): the family is started once per server, before its members, which find it in
   * `host.family`. Absent: the provider's routes are named after it (/oauth/<name>/…, /webhooks/<name>).
   */
  readonly routeFamily?: RouteFamily;
  /** Starts it for one server; `settings` come from readSettings (the server's environment or a test's). */
  start(host: ProviderHost, settings: Settings): ProviderRuntime;
}

/**
 * Routes several providers share under one name, registered once by a provider kit (src/providers/kit/graph
 * registers `microsoft`). The OAuth routes find the member from the flow's `state` (which records the
 * provider that started it); the family's webhooks name the member of each delivery.
 */
export interface RouteFamily {
  /** The routes' name: /oauth/<name>/{install,callback}, /webhooks/<name>[/<kind>]; never a provider's name. */
  readonly name: string;
  /** Starts what the members share in one server, once, before any member starts. */
  start(host: FamilyHost): FamilyRuntime;
}

/** What the server shares with a route family. */
export interface FamilyHost {
  /** The family's name. */
  family: string;
  db: Kysely<Database>;
  connections: Connections;
  /** Base of Switchboard's absolute URLs (PUBLIC_URL). */
  publicUrl: string;
  /** The ingest path of one member, for changes the family finds outside a webhook request (a resynchronisation). */
  intakeFor(provider: ProviderName): ChangeIntake;
}

/** The running shared parts of a route family in one server. */
export interface FamilyRuntime {
  /** POST /webhooks/<family>[/<kind>], by kind ('' for the bare path); every delivery names its member provider. */
  webhooks?: Readonly<Record<string, WebhookHandler>>;
  /** Background work once every provider exists (e.g. renewing subscriptions). */
  begin?(): Promise<void>;
  close?(): Promise<void>;
}

/**
 * How a provider recognises its own echoes (src/subscriptions/echoes.ts): absent for providers that never
 * report our changes back, like the built-in workspace, whose changes are published once.
 */
export interface EchoRules {
  /** The event types it reports back after a change made through Switchboard. Others never need a claim. */
  types: ReadonlySet<EventType>;
  /**
   * An emoji as the provider reports it, so a reaction is named the same way whichever side reports it (a
   * write names it as the client gave it, "👍"; the provider's event by its own name). Default: unchanged.
   */
  emoji?(emoji: string): string;
}

/** How a provider's credentials are stored (src/connections/store.ts) and renewed. */
export interface CredentialShape<Settings = unknown> {
  /** The labels its secrets are sealed under; never changed once rows exist (they would no longer open). */
  labels: CredentialLabels;
  /**
   * Renews an access token that expires (platforms with short-lived tokens); absent when tokens do not
   * expire. Called once at a time per connection (src/connections/refresh.ts), before the token runs out.
   */
  refresh?(connection: StoredConnection, settings: Settings): Promise<ConnectionCredentials>;
}

/** What the server shares with one provider (one host per definition). */
export interface ProviderHost {
  /** This provider's name (the definition's), as its rows and events carry it. */
  provider: ProviderName;
  db: Kysely<Database>;
  /** Sealed credentials and account links, and change notices, of every provider (src/connections/). */
  connections: Connections;
  /** Loads one of this provider's connections with its token renewed when it expires (CredentialShape.refresh). */
  loadConnection(workspaceId: string): Promise<StoredConnection | null>;
  /** Base of Switchboard's absolute URLs (PUBLIC_URL). */
  publicUrl: string;
  /** Where uploads are stored; absent: uploads answer UNSUPPORTED. */
  fileStore?: FileStore | null;
  /** Where changes this provider finds by itself (its poller) enter the event stream. */
  ingest: ChangeIntake;
  /** The started route family of the definition's `routeFamily`; null without one. */
  family: FamilyRuntime | null;
}

/** The ingest path as a provider sees it (src/subscriptions/ingest.ts). */
export interface ChangeIntake {
  /** De-duplicates by delivery id, drops echoes of our own writes, records and publishes; returns how many were published. */
  deliver(delivery: ProviderDelivery): Promise<number>;
}

/** Changes a provider reported in one delivery (a webhook request, a message a poller found). */
export interface ProviderDelivery {
  /** The member provider a route family's webhook delivered it for; a provider's own route: absent (that provider). */
  provider?: ProviderName;
  workspaceId: string;
  /** The provider's id of the delivery, stable across its retries; null: not de-duplicated. */
  deliveryId: string | null;
  changes: ProviderChange[];
  /**
   * Changes known only after a read (Teams reads an updated message to tell a reaction from an edit): awaited
   * after the platform got its answer, never before it; they follow `changes`.
   */
  later?: () => Promise<ProviderChange[]>;
}

/** One row of "which workspaces an account reaches": every provider's rows come back in one statement. */
export interface ReachableWorkspace {
  /** The provider's place in the server's list: workspaces are ordered by it, then by name. */
  rank: number;
  workspace_id: string;
  name: string;
  /** The connection's generation (providers built from stored credentials); null when there is none. */
  generation: number | null;
  /** The account's user in the workspace, when the select knows it without the platform (built-in); else null. */
  viewer_user_id: string | null;
}

/** The running parts of a provider in one server, built by `ProviderDefinition.start`. */
export interface ProviderRuntime {
  /**
   * The provider of one workspace, synchronously (per request). It may be a stand-in that loads the
   * workspace on first use; existence and access are checked by the caller through the provider.
   */
  open(workspaceId: string): MessagingProvider;
  /** The provider of a workspace outside any request (webhooks, pollers), loaded; null when it is not there. */
  openFresh(workspaceId: string): Promise<MessagingProvider | null>;
  /**
   * The workspaces an account reaches, as a select of ReachableWorkspace rows with `rank` as given; the
   * registry unions every provider's select into one statement.
   */
  reachable(accountId: string, rank: number): Expression<ReachableWorkspace>;
  /** Told which of its workspaces an account reached (with their generations) before any of them is opened. */
  reached?(workspaces: readonly ReachableWorkspace[]): Promise<void>;
  /**
   * The workspace's record from its memberships row, when the row holds all of it (built-in: id and name), so
   * that a request naming the workspaces it reached reads nothing more; absent: the provider reads it.
   */
  workspaceRecord?(row: ReachableWorkspace): WorkspaceRecord;
  /** Connecting a workspace with tokens and linking accounts; absent: its workspaces are not connected (built-in). */
  connect?: ConnectFlow;
  /** Connecting and linking through the platform's OAuth; absent: no OAuth. */
  oauth?: OAuthFlow;
  /** POST /webhooks/:provider[/:kind], by kind ('' for the bare path). */
  webhooks?: Readonly<Record<string, WebhookHandler>>;
  /** Looks for changes of workspaces whose events are not pushed (eventDelivery POLL). */
  poller?: Poller;
  /**
   * The scheduled messages Switchboard's scheduler delivers for this provider (the built-in workspace's, or
   * the kit's for providers without native scheduling); absent when the platform delivers them itself or
   * has none. Runtimes may share one queue: the scheduler asks each distinct queue once per run.
   */
  scheduledQueue?: ScheduledQueue;
  /** Background work once every provider exists (warming caches, importing a connections file). */
  begin?(): Promise<void>;
  close?(): Promise<void>;
}

/** Who connects a workspace: their account is linked to their user there when the provider can find it. */
export interface Connector {
  accountId: string;
  email: string | null;
}

export interface ConnectFlow {
  /**
   * Connects a workspace, or replaces its credentials, with the fields of its connect form (checked with
   * the platform before anything is stored, then stored sealed). Throws SwitchboardError with `field`.
   */
  withTokens(input: Readonly<Record<string, unknown>>, connector: Connector | null): Promise<{ workspaceId: string }>;
  /** Links an account to its own user with the fields of the link form; the workspace must be connected. */
  linkAccount?(accountId: string, input: Readonly<Record<string, unknown>>): Promise<{ workspaceId: string }>;
}

export interface OAuthFlow {
  /** Throws UNSUPPORTED naming what to set when the platform's OAuth app is not configured on this server. */
  requireApp(): void;
  /** The platform's authorize page for a flow's state; `redirectUri` is GET /oauth/:provider/callback. */
  authorizeUrl(state: string, flow: OAuthState, redirectUri: string): string;
  /**
   * Finishes a flow with the callback's code: stores the connection (INSTALL) or the account's link
   * (LINK_USER). Throws SwitchboardError for a refused code or a platform failure (a 400 or 502 page).
   * `state` is the flow's state value (already used up), for platforms that derive a PKCE verifier from it.
   */
  complete(code: string, flow: OAuthState, redirectUri: string, state: string): Promise<OAuthCompletion>;
}

export type OAuthCompletion =
  | { ok: true; purpose: OAuthPurpose; workspaceId: string; workspaceName: string }
  | { ok: false; message: string };

/** Verifies one webhook request and normalizes it. Never throws at the platform: every input gets a result. */
export type WebhookHandler = (request: Request) => Promise<WebhookResult>;

export type WebhookResult =
  /** Answer at once and ingest nothing (a challenge, a refused signature, a payload not acted on). */
  | { kind: 'respond'; response: Response }
  /**
   * Verified deliveries: the ingest path takes them (de-duplication) before the answer, which `respond`
   * builds from what was new, and publishes their changes after it (platforms want a fast answer).
   */
  | { kind: 'deliver'; deliveries: ProviderDelivery[]; respond(outcome: { fresh: number; duplicates: number }): Response };

export interface PollResult {
  workspaces: number;
  calls: number;
  published: number;
}

export interface Poller {
  /** One poll of every workspace that needs one. */
  pollOnce(): Promise<PollResult>;
  /** Polls on its interval until `stop`; a poll never overlaps the previous one. */
  start(): void;
  stop(): Promise<void>;
}

/** The inputs a provider adds to `connectWorkspace` and `linkAccount`, as data (the schema builds them). */
export interface ConnectForms {
  connect?: ConnectForm;
  link?: ConnectForm;
}

export interface ConnectForm {
  /** The GraphQL input type's name, e.g. Connect<Provider>WorkspaceInput. */
  typeName: string;
  description: string;
  fields: Readonly<Record<string, FormField>>;
}

export type FormField =
  | { type: 'String' | 'ID'; required?: boolean; description: string }
  | { type: 'enum'; enum: FormEnum; required?: boolean; description: string };

export interface FormEnum {
  name: string;
  description: string;
  /** Value → its description. */
  values: Readonly<Record<string, string>>;
}
