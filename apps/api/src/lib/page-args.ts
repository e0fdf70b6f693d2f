// Relay pagination arguments, validated once for every connection.
import { badInput } from "../errors.ts";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface PageRequest {
  /** Forward (first/after) or backward (last/before). */
  backward: boolean;
  size: number;
  cursor: string | null;
}

export function pageRequest(args: PageArgs): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput("Pass either first or last, not both.", { argument: "first" });
  if (after != null && before != null) throw badInput("Pass either after or before, not both.", { argument: "after" });
  if (last != null && after != null) throw badInput("last pages backwards: combine it with before, not after.", { argument: "last" });
  if (first != null && before != null) throw badInput("first pages forwards: combine it with after, not before.", { argument: "first" });
  for (const [name, value] of [["first", first], ["last", last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}.`, { argument: name, maxPageSize: MAX_PAGE_SIZE });
    }
  }
  const backward = last != null || before != null;
  return { backward, size: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, cursor: (backward ? before : after) ?? null };
}

/** For Pothos prismaConnection `maxSize`: refuses oversized pages with BAD_USER_INPUT instead of cutting them. */
export function checkedMaxSize(args: PageArgs): number {
  pageRequest(args);
  return MAX_PAGE_SIZE;
}
