// Ids arrive as Relay global ids ("U3BlYWtlcjo0Mg==" = "Speaker:42") or as plain numbers; both are accepted.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { badInput } from "../errors.ts";

export function parseLocalId(value: string | number, typename: string, argument: string): number {
  if (typeof value === "number" || /^\d+$/.test(value)) return checkedInt(Number(value), value, typename, argument);
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(value);
  } catch {
    throw badInput(`${argument}: "${value}" is not a ${typename} id.`, { argument });
  }
  if (decoded.typename !== typename) throw badInput(`${argument}: "${value}" is a ${decoded.typename} id, expected a ${typename} id.`, { argument });
  return checkedInt(Number(decoded.id), value, typename, argument);
}

function checkedInt(id: number, value: string | number, typename: string, argument: string): number {
  if (!Number.isSafeInteger(id) || id < 1) throw badInput(`${argument}: "${value}" is not a ${typename} id.`, { argument });
  return id;
}
