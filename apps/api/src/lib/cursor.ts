// Opaque connection cursors: base64url of [ordering, sort value, id]. The ordering tag makes a cursor from one
// ordering unusable with another instead of silently returning the wrong page.
import { badInput } from "../errors.ts";

export interface Cursor {
  ordering: string;
  /** The row's sort value; null for a statement of unknown date. */
  value: number | null;
  id: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.ordering, cursor.value, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string, ordering: string, argument: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== "string" || (typeof parsed[1] !== "number" && parsed[1] !== null) || !Number.isSafeInteger(parsed[2])) {
    throw badInput(`${argument}: "${text}" is not a cursor from this connection.`, { argument });
  }
  if (parsed[0] !== ordering) throw badInput(`${argument}: the cursor belongs to another ordering (${parsed[0]}), not ${ordering}.`, { argument });
  return { ordering, value: parsed[1], id: parsed[2] };
}
