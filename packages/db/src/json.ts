/** A JSON value, as json/jsonb columns hold it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
