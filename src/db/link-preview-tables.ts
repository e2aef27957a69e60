import type { ColumnType } from 'kysely';

/** Kysely's view of the table created in ./migrations/0003_search_pins_previews.ts. */

export type LinkPreviewState = 'PENDING' | 'READY' | 'FAILED' | 'REMOVED';

export interface LinkPreviewsTable {
  message_id: string;
  url: string;
  state: LinkPreviewState;
  title: string | null;
  description: string | null;
  image_url: string | null;
  site_name: string | null;
  linked_message_id: string | null;
  linked_channel_id: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
