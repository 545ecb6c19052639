/** The row an insert returned; the database returns one for every row inserted, so none is a bug. */
export function inserted<T>(row: T | undefined): T {
  if (!row) throw new Error('insert returned no row');
  return row;
}
