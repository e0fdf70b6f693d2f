// The retry schedule the issue asks for (≥ 5 tries over ≥ 10 minutes, growing exponentially) and which webhook
// addresses count as private.
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_SCHEDULE } from "../../src/lib/alerts/backoff.ts";
import { checkWebhookUrl, isPrivateAddress } from "../../src/lib/alerts/webhook-url.ts";

describe("retry schedule", () => {
  it("tries at least 5 times over at least 10 minutes, each wait twice the one before", () => {
    const { maxAttempts, delayMs } = DEFAULT_RETRY_SCHEDULE;
    expect(maxAttempts).toBeGreaterThanOrEqual(5);
    const waits = Array.from({ length: maxAttempts - 1 }, (_, i) => delayMs(i + 1));
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10 * 60_000);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBe(2 * waits[i - 1]!);
  });
});

describe("webhook addresses", () => {
  it.each(["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1"])("%s is private", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });
  it.each(["8.8.8.8", "172.32.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])("%s is public", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
  it("accepts public http(s) URLs and private ones only when allowed", () => {
    expect(checkWebhookUrl("https://hooks.example.com/x", false).host).toBe("hooks.example.com");
    expect(() => checkWebhookUrl("http://127.0.0.1:9000/x", false)).toThrow(/private/);
    expect(checkWebhookUrl("http://127.0.0.1:9000/x", true).port).toBe("9000");
    expect(() => checkWebhookUrl("https://user:pw@hooks.example.com/x", false)).toThrow(/password/);
  });
});
