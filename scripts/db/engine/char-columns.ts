// @prisma/adapter-pg 7.10 refuses columns of PostgreSQL's internal "char" type (OID 18), which
// the engine's catalog queries return (pg_constraint.contype: since PostgreSQL 18 every NOT NULL
// column has a row there) and wants as Character values. This client lets them through as text
// (OID 25), remembering where they were; reportCharColumns() then reports them as Character.
// (The pool calls query() with a callback; a checked-out client may be called without one.)
import { ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

type QueryResults = pg.QueryResult | pg.QueryResult[];

const charColumns = new WeakMap<object, number[]>();

function letCharThrough(results: QueryResults): QueryResults {
  for (const result of Array.isArray(results) ? results : [results]) {
    const found: number[] = [];
    (result?.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25;
        found.push(index);
      }
    });
    if (found.length > 0) charColumns.set(result.rows, found);
  }
  return results;
}

export class CharTolerantClient extends pg.Client {
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: Error | null, results: QueryResults) =>
        callback(error, error ? results : letCharThrough(results));
    }
    const returned: unknown = Reflect.apply(super.query, this, args);
    return (returned instanceof Promise ? returned.then(letCharThrough) : returned) as never;
  }
}

export function reportCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return queryable;
}
