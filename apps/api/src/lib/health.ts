import { sqlReader, type Db } from "@dictum/db";
import { sql } from "./sql.ts";

/** SELECT 1 on the lean reader: /ready is polled, and through Prisma it loaded the query compiler (webhooks.ts). */
export async function databaseReachable(db: Db): Promise<boolean> {
  try {
    await sqlReader(db).query(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}
