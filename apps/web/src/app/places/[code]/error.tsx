"use client";
import { ErrorState } from "@/components/error-state";

export default function SegmentError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState title="This place could not be loaded" error={error} reset={reset} />;
}
