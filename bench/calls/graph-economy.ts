/** What an economy run against the fake Graph measured (Teams: ./teams-economy.ts, Outlook: ./outlook-economy.ts). */
export interface GraphEconomyResult {
  queries: number;
  viewers: number;
  spreadMs: number;
  /** Whether the connection's reads went through the read cache (PUSH) or not (POLL). */
  cached: boolean;
  /** HTTP requests the fake Graph received (a `$batch` once; the token endpoint left out). */
  requests: number;
  /** Graph calls (the items of a `$batch` one by one), in total and by route. */
  calls: number;
  byMethod: Record<string, number>;
  /** Answers with a RATE_LIMITED error. */
  rateLimited: number;
  /** Answers with any other error. */
  otherErrors: number;
}
