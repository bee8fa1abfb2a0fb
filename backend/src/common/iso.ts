/** A timestamp as ISO 8601 UTC; the drivers hand back a Date (node-postgres) or a string (PGlite, raw rows). */
export const iso = (value: Date | string): string => new Date(value).toISOString();
