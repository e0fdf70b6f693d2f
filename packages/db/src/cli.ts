// Runs a command-line entry point: a failure prints one line, not a stack trace (DICTUM_DEBUG=1 shows the stack),
// and exits 1.
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    if (process.env.DICTUM_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
