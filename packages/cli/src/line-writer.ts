import { once } from "node:events";

/**
 * Writes lines to standard output with backpressure. When the reader goes away (`dictum extract … | head`),
 * the pipe breaks with EPIPE: that is the reader's choice, not an error, so writing stops quietly.
 */
export class LineWriter {
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") this.closed = true;
      else throw error;
    });
  }

  async write(line: string): Promise<void> {
    if (this.closed) return;
    if (this.stream.write(`${line}\n`)) return;
    await Promise.race([once(this.stream, "drain"), once(this.stream, "close")]).catch(() => undefined);
  }
}
