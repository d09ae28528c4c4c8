import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities built straight from the raw rows of a query that selected `alias` (columns named
 * `<alias>_<column>`, as TypeORM names them), through the driver's own value conversion. TypeORM's
 * generic result transformer costs about a millisecond on a page of 50; this loop is a tenth of it.
 */
export function rawHydrator<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  alias: string,
  /** Leave the columns the query did not select unset (a list that selected only what was asked). */
  partial = false,
): (raw: Record<string, unknown>) => T {
  const meta = ds.getMetadata(target);
  const columns = meta.columns
    .filter((c) => c.isSelect)
    .map((column) => ({ column, key: `${alias}_${column.databaseName}` }));
  return (raw) => {
    const entity = meta.create() as T;
    for (const { column, key } of columns) {
      if (!(key in raw)) {
        if (partial) {
          continue;
        }
        throw new Error(`rawHydrator: ${key} was not selected`);
      }
      column.setEntityValue(entity, ds.driver.prepareHydratedValue(raw[key], column));
    }
    return entity;
  };
}
