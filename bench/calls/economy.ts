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

/**
 * The economy runs' load, for every provider alike: `query(i)` `queries` times, evenly over `spreadMs`
 * (`afterEach` sees each answer as it comes), and what the answers said: how many were refused with
 * RATE_LIMITED, and how many other errors they carried.
 */
/** What of a GraphQL answer the economy runs read: its errors' codes. */
interface Answer {
  errors?: ReadonlyArray<{ extensions?: { code?: unknown } }>;
}

export async function pacedQueries(
  queries: number,
  spreadMs: number,
  query: (index: number) => Promise<Answer>,
  afterEach: (index: number) => void = () => {},
): Promise<{ rateLimited: number; otherErrors: number }> {
  const start = Date.now();
  const answers: Answer[] = [];
  for (let i = 0; i < queries; i++) {
    const due = start + (i * spreadMs) / queries;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    answers.push(await query(i));
    afterEach(i);
  }
  const codes = answers.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions?.code ?? 'NONE'));
  return {
    rateLimited: answers.filter((answer) => answer.errors?.some((error) => error.extensions?.code === 'RATE_LIMITED')).length,
    otherErrors: codes.filter((code) => code !== 'RATE_LIMITED').length,
  };
}
