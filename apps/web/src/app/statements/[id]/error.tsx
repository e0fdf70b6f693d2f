"use client";
import { ErrorState } from "@/components/error-state";

export default function StatementError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState title="This statement could not be loaded" error={error} reset={reset} />;
}
