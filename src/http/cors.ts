import type { YogaServerOptions } from 'graphql-yoga';

/** Origins allowed to call the API from a browser: `*` (any, without credentials) or a list. */
export type CorsOrigins = '*' | string[];

/**
 * The CORS policy (CORS_ORIGINS). yoga's default reflects any origin *with* credentials. The API authenticates
 * with a bearer key, never a cookie, so by default any origin may call it but without credentials; a
 * deployment that names its origins gets them, credentials included, and other origins no CORS headers at all.
 */
export function corsPolicy(origins: CorsOrigins): NonNullable<YogaServerOptions<object, object>['cors']> {
  return (request: Request) => {
    if (origins === '*') return { origin: '*', credentials: false };
    const origin = request.headers.get('origin');
    return origin !== null && origins.includes(origin) ? { origin: [origin], credentials: true } : false;
  };
}

/** Parses CORS_ORIGINS: unset or `*`, or origins separated by commas. Throws an Error naming the bad value. */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === '*') return '*';
  const origins = trimmed.split(',').map((item) => item.trim()).filter((item) => item !== '');
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS must be * or a comma-separated list of origins like https://app.example, got ${JSON.stringify(value)}.`);
    }
  }
  return origins.map((origin) => origin.replace(/\/$/, ''));
}
