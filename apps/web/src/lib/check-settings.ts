// The settings are read as the server starts, and a malformed one stops it with one line naming the variable,
// rather than failing the first request (or, worse, every page) later.
import { env } from "@/env";

export function checkSettings(): void {
  try {
    void env.apiUrl;
  } catch (error) {
    console.error(`Dictum dashboard: ${(error as Error).message}`);
    process.exit(1);
  }
}
