// Refuses request bodies over a size limit with 413 before they are parsed, whether or not the client sent a
// Content-Length (a chunked body is counted as it streams in). A body with a Content-Length within the limit is left
// to yoga's own parser: HTTP/1.1 framing (Node's parser) never delivers more bytes than declared, and wrapping every
// request's body in a counting stream cost a stream pipeline, an AbortSignal and a DOMException per request
// (docs/performance.md). yoga's own size check is off (yoga.ts): this one is the limit.
import type { Plugin } from "graphql-yoga";

export function useBodyLimit(maxBytes: number): Plugin {
  const tooLarge = (fetchAPI: { Response: typeof Response }) =>
    new fetchAPI.Response(JSON.stringify({ errors: [{ message: `Request body is larger than ${maxBytes} bytes.`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] }), {
      status: 413,
      headers: { "content-type": "application/json" },
    });
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, endResponse }) {
      if (request.method !== "POST" || !requestParser) return;
      const declared = Number(request.headers.get("content-length") ?? "0");
      if (declared > maxBytes) return endResponse(tooLarge(fetchAPI));
      if (request.headers.has("content-length")) return;
      setRequestParser(async (req) => {
        const body = await readLimited(req, maxBytes);
        if (body === null) return tooLarge(fetchAPI);
        return requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body }));
      });
    },
  };
}

async function readLimited(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
