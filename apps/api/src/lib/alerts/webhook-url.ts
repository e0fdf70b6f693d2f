// Webhook URLs must be http(s) and, unless DICTUM_WEBHOOKS_ALLOW_PRIVATE=1, must not reach loopback, private or
// link-local addresses (a saved search must not become a way to probe the network the API runs in). The check runs
// when the hook is saved (the URL's form) and before every delivery (what the name resolves to now).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { badInput } from "../../errors.ts";

const privateRanges = new BlockList();
for (const [net, bits] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) {
  privateRanges.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]] as const) privateRanges.addSubnet(net, bits, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return privateRanges.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The URL as saved, or a BAD_USER_INPUT error with code-like `reason`. */
export function checkWebhookUrl(value: string, allowPrivate: boolean): URL {
  if (!URL.canParse(value)) throw badInput(`webhookUrl "${value}" is not a URL.`, { argument: "notify.webhookUrl", reason: "MALFORMED_URL" });
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw badInput(`webhookUrl must be http(s), got ${url.protocol}`, { argument: "notify.webhookUrl", reason: "NOT_HTTP" });
  if (url.username || url.password) throw badInput("webhookUrl must not carry a user name or password; use notify.secret.", { argument: "notify.webhookUrl", reason: "CREDENTIALS_IN_URL" });
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && (host === "localhost" || host.endsWith(".localhost") || (isIP(host) !== 0 && isPrivateAddress(host)))) {
    throw badInput(`webhookUrl ${url.origin} is a loopback or private address (set DICTUM_WEBHOOKS_ALLOW_PRIVATE=1 to allow it).`, { argument: "notify.webhookUrl", reason: "PRIVATE_ADDRESS" });
  }
  return url;
}

/** Why a delivery to `url` must not be attempted now, or null: its host resolves to a private address. */
export async function deliveryRefusal(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) !== 0 ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((entry) => entry.address);
  if (addresses.length === 0) return `${host} does not resolve`;
  const bad = addresses.find(isPrivateAddress);
  return bad ? `${host} resolves to the private address ${bad}` : null;
}
