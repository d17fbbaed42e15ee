// A stand-in for Netlify on 127.0.0.1: GETs are served from a built site (with netlify.toml's CSP), and
// every POST is recorded, as Netlify Forms would receive it, then answered with the form's action page.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { netlifyCsp } from "./netlify-csp.ts";

export interface Post {
  path: string;
  contentType: string;
  fields: [string, string][];
}

export interface Recorder {
  url: string;
  posts: Post[];
  close(): Promise<void>;
}

export async function formRecorder(site: string): Promise<Recorder> {
  const files: RunningServer = await serveStatic(site, 0, netlifyCsp());
  const posts: Post[] = [];
  const server: Server = createServer(async (req, res) => {
    const target = req.method === "POST" ? new URL(req.url!, "http://x").pathname : req.url!;
    if (req.method === "POST") {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      posts.push({
        path: target,
        contentType: String(req.headers["content-type"]),
        fields: [...new URLSearchParams(raw)],
      });
    }
    const upstream = await fetch(`${files.url}${target}`, { redirect: "manual" });
    const headers = Object.fromEntries(
      [...upstream.headers].filter(([k]) => !["transfer-encoding", "content-length", "connection"].includes(k)),
    );
    res.writeHead(upstream.status, headers);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await files.close();
    },
  };
}
