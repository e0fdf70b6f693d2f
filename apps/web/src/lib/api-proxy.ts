// The browser talks only to the dashboard's origin; these routes pass its requests on to the API the server was
// started with (env.apiUrl) and its answers back unchanged: status, headers, and the body as a stream, chunk by chunk,
// so GraphQL-over-SSE subscriptions and streamed exports arrive as the API sends them (nothing is buffered).
import { apiAddress } from "@/env";

// Hop-by-hop headers describe one connection, not the message (RFC 9110 §7.6.1); host and length are the new
// connection's own. accept-encoding is dropped so the API sends plain bytes and Next compresses what it chooses.
const CONNECTION_HEADERS = ["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length"];
const REQUEST_DROPPED = new Set([...CONNECTION_HEADERS, "accept-encoding"]);
// fetch has already decoded these codings, so the body passed on is no longer in them.
const DECODED_CODINGS = /^(gzip|x-gzip|deflate|br|zstd)$/i;

/** Passes `request` (its path, query, method, headers and body) to the API and returns the API's answer. */
export async function proxyToApi(request: Request): Promise<Response> {
  const { pathname, search } = new URL(request.url);
  const target = apiAddress(pathname + search);
  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (!REQUEST_DROPPED.has(name)) headers.set(name, value);
  });
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? request.body : undefined,
      // A streamed request body needs half-duplex in Node's fetch.
      ...(hasBody ? { duplex: "half" } : {}),
      // The browser's signal: a closed EventSource or a cancelled download ends the API's work too.
      signal: request.signal,
      redirect: "manual",
      cache: "no-store",
    } as RequestInit);
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    const reason = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return new Response(`The API at ${target.origin} did not answer${reason}; is it running?\n`, { status: 502, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: answerHeaders(upstream.headers) });
}

function answerHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  upstream.forEach((value, name) => {
    if (CONNECTION_HEADERS.includes(name)) return;
    if (name === "content-encoding" && DECODED_CODINGS.test(value.trim())) return;
    if (name === "set-cookie") return; // added one by one below: forEach would join them into one header
    headers.set(name, value);
  });
  for (const cookie of upstream.getSetCookie()) headers.append("set-cookie", cookie);
  // An event stream is many small messages that must each arrive at once: no-transform keeps Next's gzip (and any
  // proxy in front) from holding them back to fill a compression block; nginx reads X-Accel-Buffering.
  if (headers.get("content-type")?.startsWith("text/event-stream")) {
    headers.set("cache-control", "no-cache, no-transform");
    headers.set("x-accel-buffering", "no");
  }
  return headers;
}
