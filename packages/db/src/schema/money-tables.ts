import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** A rate table is versioned data: the definition is the @isee/domain RateTable, verbatim. */
export const rateTable = pgTable('rate_table', {
  id: text('id').primaryKey(),
  labelTh: text('label_th').notNull(),
  labelEn: text('label_en').notNull(),
  definition: jsonb('definition').notNull(),
  createdAt: createdAt(),
});
