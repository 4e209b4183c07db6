/** The four regions the PMT is calibrated for (SPEC §2). Central includes Bangkok and, for now, East and West. */
export const REGIONS = ['north', 'northeast', 'central', 'south'] as const;
export type Region = (typeof REGIONS)[number];

export const isRegion = (value: unknown): value is Region =>
  typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
