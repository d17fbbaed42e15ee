// The Content-Security-Policy headers of netlify.toml, served by the test server as the host would.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./data-dir.ts";

export function netlifyCsp(): (pathname: string) => Record<string, string> {
  const toml = readFileSync(path.join(ROOT, "netlify.toml"), "utf8");
  const blocks = [...toml.matchAll(/for = "([^"]+)"\s+\[headers\.values\]([\s\S]*?)(?=\[\[|$)/g)].map((m) => ({
    pattern: m[1]!,
    csp: /Content-Security-Policy = "([^"]+)"/.exec(m[2]!)?.[1],
  }));
  const matches = (pattern: string, pathname: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(pathname);
  return (pathname) => {
    let csp: string | undefined;
    for (const block of blocks) if (block.csp && matches(block.pattern, pathname)) csp = block.csp;
    return csp ? { "content-security-policy": csp } : {};
  };
}
