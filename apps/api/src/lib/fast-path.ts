// A plain-Node way in for the API's everyday request: a JSON POST to /graphql. yoga's own handler builds a Fetch API
// Request around Node's request (headers, an AbortSignal, the body as a stream), a Response around the result, and
// pipes one into the other; per request that cost more CPU than answering a page from the database
// (docs/performance.md). Here the body is read straight from the socket, parsed, and handed to yoga's own
// `getResultForParams`, so every envelop plugin runs as before (armor limits, error masking, the response cache, the
// context factory); the result goes through yoga's own result processors and is written with Node's response.
//
// Only requests whose answer cannot differ from yoga's take this path: POST to exactly /graphql, a JSON content
// type, an Accept header yoga answers with its regular JSON processor, a Content-Length within the body limit, no
// Origin (CORS adds headers then) and no subscription. Every other request goes to yoga untouched; one whose body
// turns out not to be a plain GraphQL parameters object (bad JSON, an array, unexpected keys) is replayed to yoga
// with the body already read, so yoga writes its own error. For such a request yoga's onRequest hooks (health,
// readiness, exports, feeds, CORS preflight, GraphiQL) answer nothing: they are skipped here. If this path itself
// fails, it answers 500 and logs the error; it never leaves the request hanging.
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { GraphQLError } from "graphql";
import { createGraphQLError, isAsyncIterable, type YogaServerInstance } from "graphql-yoga";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
type Yoga = YogaServerInstance<Record<string, unknown>, any>;

/** What yoga keeps private and this path needs: the hooks and error handling of its `handle`. */
interface YogaInternals {
  onResultProcessHooks: ((payload: Record<string, unknown>) => unknown)[];
  maskedErrorsOpts: { maskError: (error: unknown, message: string, isDev?: boolean) => Error; errorMessage: string; isDev?: boolean } | null;
  logger: { error: (...args: unknown[]) => void; debug: (...args: unknown[]) => void };
  waitUntil?: (promise: Promise<unknown>) => void;
}

/** Accept headers for which yoga picks its regular processor with `application/json` for a non-streamed result. */
const JSON_ACCEPT = new Set([undefined, "", "*/*", "application/json", "application/json; charset=utf-8"]);
const PARAMS = new Set(["query", "variables", "operationName", "extensions"]);

export function fastGraphQL(yoga: Yoga, options: { endpoint: string; maxBodyBytes: number }): Handler {
  const internals = yoga as unknown as YogaInternals;
  const fetchAPI = { ...yoga.fetchAPI, Response: PlainResponse as unknown as typeof Response };
  const toYoga = (req: IncomingMessage, res: ServerResponse) => yoga(req, res);

  const answer = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    let params: unknown;
    try {
      params = JSON.parse(body.toString("utf8"));
    } catch {
      params = undefined;
    }
    if (!plainParams(params)) return replay(req, res, body, toYoga);
    const request = new LightRequest(req, options.endpoint);
    const serverContext = { req, res, waitUntil: internals.waitUntil ?? noWait };
    let result: unknown;
    try {
      result = await yoga.getResultForParams({ params, request: request as unknown as Request }, serverContext as never);
    } catch (error) {
      result = { errors: handleError(error, internals) };
    }
    const response = (await processResult(request, result, fetchAPI, internals.onResultProcessHooks, serverContext)) as PlainResponse;
    if (!(response instanceof PlainResponse)) throw new Error("a result processor answered with a streamed response");
    res.writeHead(response.status, response.statusText, response.headers);
    res.end(response.body ?? undefined);
  };

  return (req, res) => {
    if (!eligible(req, options)) return toYoga(req, res);
    return readBody(req, Number(req.headers["content-length"]))
      .then((body) => answer(req, res, body))
      .catch((error: unknown) => {
        console.error(`fast path: ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`);
        if (res.headersSent) return void res.destroy();
        res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ errors: [{ message: "Unexpected error." }] }));
      });
  };
}

function eligible(req: IncomingMessage, options: { endpoint: string; maxBodyBytes: number }): boolean {
  const h = req.headers;
  if (req.method !== "POST" || req.url !== options.endpoint || h.origin !== undefined || h["transfer-encoding"] !== undefined) return false;
  const type = h["content-type"]?.split(",")[0];
  if (type !== "application/json" && !type?.startsWith("application/json;")) return false;
  if (!JSON_ACCEPT.has(h.accept)) return false;
  const length = h["content-length"];
  return length !== undefined && /^\d+$/.test(length) && Number(length) <= options.maxBodyBytes;
}

/** The body, exactly Content-Length bytes (Node's HTTP parser delivers no more); rejects if the client goes away. */
function readBody(req: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
    });
    req.once("end", () => resolve(size === length ? (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)) : Buffer.concat(chunks)));
    req.once("error", reject);
    req.once("close", () => {
      if (!req.complete) reject(new Error("the client closed the request before its body arrived"));
    });
  });
}

/** What yoga's useCheckGraphQLQueryParams accepts, and no subscription (streamed, so yoga's business). */
function plainParams(params: unknown): params is { query: string } {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return false;
  const p = params as Record<string, unknown>;
  for (const key in p) if (p[key] != null && !PARAMS.has(key)) return false;
  const objectOrNothing = (value: unknown) => value == null || (typeof value === "object" && !Array.isArray(value));
  return typeof p.query === "string" && !p.query.includes("subscription") && objectOrNothing(p.variables) && objectOrNothing(p.extensions)
    && (p.operationName == null || typeof p.operationName === "string");
}

/** Hands a request whose body was read to yoga, body included (whatwg-node takes a pre-read `body` as the body). */
function replay(req: IncomingMessage, res: ServerResponse, body: Buffer, toYoga: Handler) {
  (req as IncomingMessage & { body?: unknown }).body = Readable.from([body]);
  return toYoga(req, res);
}

const noWait = (promise: Promise<unknown>) => void promise.catch?.(() => undefined);

/** The parts of a Fetch API Request that yoga's plugins and Dictum's context read: method, url, headers. */
class LightRequest {
  readonly method: string;
  readonly headers: LightHeaders;
  readonly url: string;
  constructor(req: IncomingMessage, endpoint: string) {
    this.method = req.method!;
    this.headers = new LightHeaders(req.headers);
    this.url = `http://${req.headers.host ?? "localhost"}${endpoint}`;
  }
}

class LightHeaders {
  constructor(private readonly raw: IncomingMessage["headers"]) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
}

/** A Response as yoga's regular result processor builds it, kept as plain values to be written by Node. */
class PlainResponse {
  readonly status: number;
  readonly statusText: string | undefined;
  readonly headers: Record<string, string>;
  constructor(readonly body: string | null, init: { status?: number; statusText?: string; headers?: Record<string, string> } = {}) {
    this.status = init.status ?? 200;
    this.statusText = init.statusText;
    this.headers = { ...init.headers };
    if (body !== null) this.headers["content-length"] = String(Buffer.byteLength(body));
  }
}

/** yoga's processResult (process-request.js, not exported): its result-process hooks pick the processor. */
async function processResult(request: LightRequest, result: unknown, fetchAPI: unknown, hooks: YogaInternals["onResultProcessHooks"], serverContext: unknown): Promise<unknown> {
  let processor: ((result: unknown, fetchAPI: unknown, mediaType: string) => unknown) | undefined;
  let mediaType = "*/*";
  const acceptableMediaTypes: string[] = [];
  for (const hook of hooks) {
    await hook({
      request, acceptableMediaTypes, result, serverContext, resultProcessor: processor,
      setResult: (next: unknown) => void (result = next),
      setResultProcessor: (next: typeof processor, type: string) => void ((processor = next), (mediaType = type)),
    });
  }
  if (!processor || isAsyncIterable(result)) throw new Error("no regular result processor for this request");
  return processor(result, fetchAPI, mediaType);
}

/** yoga's handleError (error.js, not exported), for an error thrown out of getResultForParams. */
function handleError(error: unknown, yoga: YogaInternals): Error[] {
  if (error !== null && typeof error === "object" && "errors" in error && Array.isArray(error.errors)) {
    return [...new Set(error.errors.flatMap((one: unknown) => handleError(one, yoga)))];
  }
  const masking = yoga.maskedErrorsOpts;
  if (!masking) throw error;
  const masked = masking.maskError(error, masking.errorMessage, masking.isDev);
  if (masked !== error) yoga.logger.error(error);
  return [masked instanceof GraphQLError ? masked : createGraphQLError(masked.message, { originalError: masked })];
}
