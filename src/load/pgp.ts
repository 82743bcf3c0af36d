import pgPromise from 'pg-promise';

/**
 * The one pg-promise instance. Both warehouses use its query formatter, so named parameters
 * and `:name` identifiers are escaped by the library the same way on PGlite and on a server.
 */
// noWarnings: each opened warehouse owns a pool of its own, closed with it; two open on one URL
// (a test comparing two schemas) is intended, not the leak pg-promise's warning guards against.
export const pgp = pgPromise({ capSQL: false, noWarnings: true });

/**
 * Formats a query with named parameters: `${value}` becomes an escaped literal and
 * `${value:name}` a quoted identifier.
 * @param query SQL text or a QueryFile
 * @param values the parameters
 * @returns SQL text ready to send
 * @example
 * formatSql('select * from ${schema:name}.users where customer_id = ${id}', { schema: 'stream', id: "O'Brien" });
 */
export function formatSql(query: string | InstanceType<typeof pgp.QueryFile>, values: object = {}): string {
  return pgp.as.format(query, values);
}

/**
 * SQL ready to send: text given without values is sent as written (a user's own query may
 * contain `$` signs), anything else is formatted with named parameters.
 * @param query SQL text or a QueryFile
 * @param values the parameters, if any
 * @returns SQL text
 */
export function toSql(query: string | InstanceType<typeof pgp.QueryFile>, values?: object): string {
  return values === undefined && typeof query === 'string' ? query : formatSql(query, values ?? {});
}
