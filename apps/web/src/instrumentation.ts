// Runs once when the Next server starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  // Next's documented guard: the hook is also compiled for the edge runtime, which has no sockets to warm.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkSettings } = await import("@/lib/check-settings");
  checkSettings();
  const { warmUp } = await import("@/lib/warm-up");
  warmUp();
}
