// Writes need `Authorization: Bearer <DICTUM_API_TOKEN>`. The comparison hashes both sides first so it takes the
// same time whatever the length or content of the guess.
import { createHash, timingSafeEqual } from "node:crypto";

export interface WriteAccess {
  canWrite: boolean;
  refusal: string | null;
}

export function checkWriteAccess(configuredToken: string | undefined, authorization: string | null): WriteAccess {
  if (!configuredToken) {
    return { canWrite: false, refusal: "Writes are disabled: the server has no DICTUM_API_TOKEN configured." };
  }
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match?.[1]) return { canWrite: false, refusal: "Writes need an Authorization: Bearer <token> header." };
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(match[1]), digest(configuredToken))
    ? { canWrite: true, refusal: null }
    : { canWrite: false, refusal: "The bearer token is not valid." };
}
