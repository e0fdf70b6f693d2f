// Pothos turns each request's selection into a Prisma `select` tree (queryFromInfo), and Prisma answers it with a
// statement per relation and more CPU in its query interpreter than the database spends (docs/performance.md).
// For the shapes the hot paths ask for — columns, to-one relations and to-many relations with a plain ordering —
// this writes the SQL itself: to-one relations are LEFT JOINed into one statement, each to-many relation is one
// batched statement, run through the db's lean reader. The rows have the shape Prisma would have returned. Any
// other shape (relation filters, counts, paging inside a relation, ordering by a relation) gives null, and the
// caller asks Prisma instead.
import { sqlReader, type Db, type Provider } from "@dictum/db";
import { getDatamodel } from "@dictum/db/pothos-types";
import { join, raw, sql, type Sql } from "./sql.ts";

interface Field {
  name: string;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

const models = new Map(
  Object.entries((getDatamodel() as unknown as { datamodel: { models: Record<string, { fields: Field[] }> } }).datamodel.models).map(([name, model]) => [
    name,
    new Map(model.fields.map((field) => [field.name, field])),
  ]),
);

type Row = Record<string, unknown>;
const ID: Field = { name: "id", kind: "scalar", type: "Int", isList: false };
/** A child row's parent id (the foreign key it was grouped by), kept off the row's own properties. */
const PARENT = Symbol("parent id");
/** A page row's sort value (fastFindFrom). */
const SCORE = Symbol("score");

/** One model read: the columns it returns, to-one relations joined into it, to-many relations loaded after it. */
interface Node {
  model: string;
  columns: Field[];
  /** The id is read for joins and lists but was not selected: it goes on the row as a hidden property. */
  hiddenId: boolean;
  joins: { field: Field; node: Node }[];
  lists: { field: Field; foreignKey: string; node: Node; orderBy: Sql[] }[];
}

/** How to read `model` in the shape a Prisma query argument asks for; null when the shape is not one handled here. */
export function planFind(model: string, query: unknown): FindPlan | null {
  return plan(model, query);
}

export type FindPlan = Node;

/** Rows of `model` with these ids in the shape `query` asks for (in no particular order), or null when the shape
 * is not one this file handles. */
export async function fastFindMany<T = Row>(db: Db, provider: Provider, model: string, query: unknown, ids: number[]): Promise<T[] | null> {
  const node = plan(model, query);
  if (!node) return null;
  if (ids.length === 0) return [];
  return (await readNodes(db, provider, node, { where: sql`t0."id" IN (${join(ids)})`, ids })) as T[];
}

/** Rows of `model` matching a condition on alias t0, in id order, in the shape `query` asks for; null when the shape
 * is not one this file handles. For reference data (places) read whole, without Prisma. */
export async function fastFindWhere<T = Row>(db: Db, provider: Provider, model: string, query: unknown, where: Sql): Promise<T[] | null> {
  const node = plan(model, query);
  if (!node) return null;
  return (await readNodes(db, provider, node, { where, orderBy: [raw(`t0."id"`)] })) as T[];
}

/** The row with this id (null when there is none), or undefined when the shape is not one this file handles. */
export async function fastFindUnique<T = Row>(db: Db, provider: Provider, model: string, query: unknown, id: number): Promise<T | null | undefined> {
  const rows = await fastFindMany<T>(db, provider, model, query, [id]);
  return rows === null ? undefined : (rows[0] ?? null);
}

/** The rows a subquery of ("id", "score") pairs names, read in the same statement (the page and its rows in one
 * round trip), each with its score; in no particular order. */
export async function fastFindFrom(db: Db, provider: Provider, plan: FindPlan, source: Sql): Promise<{ row: Row; score: unknown }[]> {
  const rows = await readNodes(db, provider, plan, { source });
  return rows.map((row) => ({ row, score: (row as { [SCORE]?: unknown })[SCORE] ?? null }));
}

const ALLOWED_LIST_KEYS = new Set(["select", "include", "orderBy"]);

/** The read plan for a Prisma query argument, or null when it asks for something not handled here. */
function plan(model: string, query: unknown, allowed: Set<string> = new Set(["select", "include"])): Node | null {
  const fields = models.get(model);
  if (!fields) return null;
  const q = (query ?? {}) as Record<string, unknown>;
  if (Object.keys(q).some((key) => !allowed.has(key))) return null;
  if (q.select && q.include) return null;
  const node: Node = { model, columns: [], hiddenId: false, joins: [], lists: [] };
  const selection = (q.select ?? q.include ?? {}) as Record<string, unknown>;
  // include (or neither) means every column; select means the columns named. The id is read in any case (to-many
  // relations hang on it; callers match rows by it) and kept off the row when not asked for. A model without one
  // (a link table) cannot have to-many relations here.
  const columns = new Set<string>();
  if (!q.select) for (const field of fields.values()) if (field.kind !== "object") columns.add(field.name);
  for (const [name, value] of Object.entries(selection)) {
    if (value === false || value === undefined) continue;
    const field = fields.get(name);
    if (!field) return null; // _count and the like
    if (field.kind !== "object") {
      if (value !== true) return null;
      columns.add(name);
      continue;
    }
    const nested = value === true ? {} : value;
    if (typeof nested !== "object" || nested === null) return null;
    if (!field.isList) {
      if (field.relationFromFields?.length !== 1) return null; // the foreign key must be on this side
      const child = plan(field.type, nested);
      if (!child) return null;
      node.joins.push({ field, node: child });
      continue;
    }
    if (!fields.has("id")) return null;
    const back = [...(models.get(field.type)?.values() ?? [])].find((f) => f.relationName === field.relationName && f.relationFromFields?.length === 1);
    if (!back) return null;
    const child = plan(field.type, nested, ALLOWED_LIST_KEYS);
    const orderBy = orderings((nested as { orderBy?: unknown }).orderBy, models.get(field.type)!);
    if (!child || !orderBy) return null;
    node.lists.push({ field, foreignKey: back.relationFromFields![0]!, node: child, orderBy });
  }
  node.columns = [...columns].map((name) => fields.get(name)!);
  node.hiddenId = fields.has("id") && !columns.has("id");
  return node;
}

/** ORDER BY terms on the child's own columns ("t0"), or null for orderings not handled (by a relation). */
function orderings(orderBy: unknown, fields: Map<string, Field>): Sql[] | null {
  if (orderBy === undefined) return [];
  const terms: Sql[] = [];
  for (const entry of Array.isArray(orderBy) ? orderBy : [orderBy]) {
    for (const [name, how] of Object.entries(entry as Record<string, unknown>)) {
      const field = fields.get(name);
      if (!field || field.kind === "object") return null;
      const { sort, nulls } = typeof how === "string" ? { sort: how, nulls: undefined } : (how as { sort?: string; nulls?: string });
      if (sort !== "asc" && sort !== "desc") return null;
      if (nulls !== undefined && nulls !== "first" && nulls !== "last") return null;
      terms.push(raw(`t0."${name}" ${sort.toUpperCase()}${nulls ? ` NULLS ${nulls.toUpperCase()}` : ""}`));
    }
  }
  return terms;
}

interface ReadOptions {
  /** Condition on alias t0. */
  where?: Sql;
  orderBy?: Sql[];
  /** Each row also carries this column (hidden), to be grouped under its parent. */
  foreignKey?: string;
  /** A subquery of ("id", "score") the rows are joined to (alias p); each row carries its score (hidden). */
  source?: Sql;
  /** The ids the condition names (fastFindMany): a to-many relation's rows can then be read in the same statement. */
  ids?: number[];
}

/** One SELECT of a node's rows with its to-one joins: its columns (aliased with `prefix`) and how each lands on a row. */
interface Select {
  /** Each column's expression and alias. */
  columns: { value: string; alias: string }[];
  from: Sql;
  where: Sql;
  order: Sql;
  selected: { path: string[]; field: Field; alias: string; hidden: boolean }[];
  prefix: string;
  options: ReadOptions;
}

function selectOf(node: Node, prefix: string, options: ReadOptions): Select {
  const { where = sql`1=1`, orderBy = [], foreignKey, source } = options;
  const selected: Select["selected"] = [];
  const columns: Select["columns"] = [];
  const from: Sql[] = source ? [sql`(${source}) p JOIN ${raw(`"${node.model}" t0 ON t0."id" = p."id"`)}`] : [raw(`"${node.model}" t0`)];
  let tables = 0;
  const walk = (n: Node, table: string, path: string[]) => {
    const read = n.hiddenId ? [...n.columns, ID] : n.columns;
    for (const field of read) {
      const alias = `${prefix}c${selected.length}`;
      selected.push({ path, field, alias, hidden: field === ID });
      columns.push({ value: `${table}."${field.name}"`, alias });
    }
    for (const { field, node: child } of n.joins) {
      const alias = `t${++tables}`;
      from.push(raw(`LEFT JOIN "${child.model}" ${alias} ON ${alias}."id" = ${table}."${field.relationFromFields![0]}"`));
      walk(child, alias, [...path, field.name]);
    }
  };
  walk(node, "t0", []);
  if (foreignKey) columns.push({ value: `t0."${foreignKey}"`, alias: `${prefix}fk` });
  if (source) columns.push({ value: `p."score"`, alias: `${prefix}score` });
  const order = orderBy.length > 0 ? sql` ORDER BY ${join(orderBy, ", ", "", "")}` : sql``;
  return { columns, from: join(from, " ", "", ""), where, order, selected, prefix, options };
}

/** The SELECT list: each column as its alias, or NULL under that alias for the columns of another part. */
const selectList = (columns: { value: string; alias: string }[], nulls = false) => raw(columns.map(({ value, alias }) => `${nulls ? "NULL" : value} AS "${alias}"`).join(", "));

const statementOf = (select: Select) => sql`SELECT ${selectList(select.columns)} FROM ${select.from} WHERE ${select.where}${select.order}`;

/** Rows as stored (aliased columns) in the shape Prisma returns. */
function rowsOf(provider: Provider, node: Node, select: Select, found: Row[]): Row[] {
  const { foreignKey, source } = select.options;
  return found.map((stored) => {
    const row: Row = {};
    if (foreignKey) Object.defineProperty(row, PARENT, { value: Number(stored[`${select.prefix}fk`]), enumerable: false });
    if (source) Object.defineProperty(row, SCORE, { value: stored[`${select.prefix}score`], enumerable: false });
    for (const column of select.selected) {
      let target = row;
      for (const step of column.path) target = (target[step] ??= {}) as Row;
      const converted = value(provider, column.field, stored[column.alias]);
      if (column.hidden) Object.defineProperty(target, "id", { value: converted, enumerable: false, writable: true });
      else target[column.field.name] = converted;
    }
    nullMissingJoins(row, node);
    return row;
  });
}

/** Reads the rows of `node` matching `where` (on alias t0) with their joins, then each to-many relation. */
async function readNodes(db: Db, provider: Provider, node: Node, options: ReadOptions): Promise<Row[]> {
  const main = selectOf(node, "", options);
  const list = node.lists[0];
  if (provider === "postgresql" && options.ids && node.lists.length === 1 && list) {
    // The rows and their one to-many relation in one statement (one round trip instead of two): its rows hang on
    // ids known before the statement runs. Each part fills its own columns, NULL in the other's (PostgreSQL takes
    // a column's type from the part that has it); a part keeps its own order (Append reads them one after another).
    const children = selectOf(list.node, "l_", { where: sql`t0.${raw(`"${list.foreignKey}"`)} IN (${join(options.ids)})`, orderBy: list.orderBy, foreignKey: list.foreignKey });
    const found = await sqlReader(db).query<Row>(sql`(SELECT 0 AS "part", ${selectList(main.columns)}, ${selectList(children.columns, true)} FROM ${main.from} WHERE ${main.where}${main.order})
      UNION ALL (SELECT 1 AS "part", ${selectList(main.columns, true)}, ${selectList(children.columns)} FROM ${children.from} WHERE ${children.where}${children.order})`);
    const rows = rowsOf(provider, node, main, found.filter((row) => row.part === 0));
    const childRows = rowsOf(provider, list.node, children, found.filter((row) => row.part === 1));
    await loadLists(db, provider, list.node, childRows);
    attach(rows, list.field.name, childRows);
    for (const { field, node: child } of node.joins) await loadLists(db, provider, child, joined(rows, field.name));
    return rows;
  }
  const rows = rowsOf(provider, node, main, await sqlReader(db).query<Row>(statementOf(main)));
  await loadLists(db, provider, node, rows);
  return rows;
}

/** A LEFT JOIN that found nothing gives an object of nulls: make it null, as Prisma does. */
function nullMissingJoins(row: Row, node: Node): void {
  for (const { field, node: child } of node.joins) {
    const value = row[field.name] as Row;
    if (value.id === null || value.id === undefined) row[field.name] = null;
    else nullMissingJoins(value, child);
  }
}

/** For every object of `node` in `rows` (and in their joined objects), loads its to-many relations in one statement each. */
async function loadLists(db: Db, provider: Provider, node: Node, rows: Row[]): Promise<void> {
  for (const list of node.lists) {
    const ids = [...new Set(rows.map((row) => row.id as number))];
    const children = ids.length === 0 ? [] : await readNodes(db, provider, list.node, { where: sql`t0.${raw(`"${list.foreignKey}"`)} IN (${join(ids)})`, orderBy: list.orderBy, foreignKey: list.foreignKey });
    attach(rows, list.field.name, children);
  }
  for (const { field, node: child } of node.joins) await loadLists(db, provider, child, joined(rows, field.name));
}

/** Puts each child row (by its parent id) on its parent's `name` list, in the children's order. */
function attach(rows: Row[], name: string, children: Row[]): void {
  const byParent = new Map<number, Row[]>();
  for (const child of children) {
    const parent = (child as { [PARENT]?: number })[PARENT]!;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(child);
    else byParent.set(parent, [child]);
  }
  for (const row of rows) row[name] = byParent.get(row.id as number) ?? [];
}

/** The objects a to-one relation joined onto `rows` (none for a missing one). */
const joined = (rows: Row[], name: string) => rows.map((row) => row[name] as Row | null).filter((object): object is Row => object !== null);

/** A column's value as Prisma gives it: dates as Dates, SQLite's 0/1 as booleans. */
function value(provider: Provider, field: Field, stored: unknown): unknown {
  if (stored === null || stored === undefined) return null;
  switch (field.type) {
    case "DateTime":
      if (stored instanceof Date) return stored;
      if (typeof stored === "number") return new Date(stored);
      return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(String(stored)) ? String(stored) : `${String(stored).replace(" ", "T")}Z`);
    case "Boolean":
      return provider === "sqlite" ? stored === 1 || stored === true : stored;
    case "Int":
    case "Float":
      return typeof stored === "number" ? stored : Number(stored);
    default:
      return stored;
  }
}
