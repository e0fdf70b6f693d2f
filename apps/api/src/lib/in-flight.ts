// Counts requests whose handler is still running. A client that hangs up closes its socket but not its request:
// the resolvers go on, so waiting for the server's sockets to close (server.close) is not enough before the
// database is released on shutdown.
import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export function trackInFlight(handler: Handler): { handler: Handler; idle: () => Promise<void> } {
  let running = 0;
  let waiting: (() => void)[] = [];
  const done = () => {
    running--;
    if (running > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  return {
    handler: (request, response) => {
      running++;
      try {
        Promise.resolve(handler(request, response)).then(done, done);
      } catch {
        done();
      }
    },
    idle: () => (running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
  };
}
