// A saved search keeps its StatementFilter as JSON. Dates (from, to) are written as days and read back as Dates,
// so the stored filter resolves exactly as the one given.
import { randomBytes } from "node:crypto";
import type { StatementFilterInput } from "../statement-filter.ts";

export function filterToJson(filter: StatementFilterInput): string {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    copy[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  return JSON.stringify(copy);
}

export function filterFromJson(json: string): StatementFilterInput {
  const parsed = JSON.parse(json) as Record<string, unknown>;
  for (const key of ["from", "to"]) {
    if (typeof parsed[key] === "string") parsed[key] = new Date(`${parsed[key]}T00:00:00Z`);
  }
  return parsed as StatementFilterInput;
}

/** 192 random bits: the feed URL is the credential, as with calendar feeds. */
export function newFeedKey(): string {
  return randomBytes(24).toString("base64url");
}
