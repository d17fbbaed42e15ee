// The static file server on 127.0.0.1 that `annuaire dev` and the tests use: sirv serves the files,
// the way the host does (folder → index.html, unknown path → 404.html). Before sirv sees a request,
// `resolveRequest` decodes the path completely and refuses anything that would leave the folder —
// `..` in any encoding, backslashes, NUL bytes, and symbolic links whose target lies outside — then
// hands sirv the one file it checked, under a canonical URL.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";

export interface RunningServer {
  url: string;
  server: Server;
  /** With `liveReload`: tell every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export type Resolved =
  | { kind: "file"; file: string; url: string }
  | { kind: "redirect"; location: string }
  | { kind: "missing" }
  | { kind: "refused"; status: 400 | 403 };

const inside = (root: string, file: string) => {
  const rel = path.relative(root, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/**
 * Maps a request URL to a file under `root`, or says why not. Pure apart from reading the file system;
 * exported for the tests.
 */
export function resolveRequest(root: string, rawUrl: string): Resolved {
  let pathname: string;
  try {
    // `new URL` already folds `/./` and `/../`; decoding afterwards uncovers `%2e%2e`, `..%2F`, `%5C`.
    pathname = decodeURIComponent(new URL(rawUrl, "http://127.0.0.1").pathname);
  } catch {
    return { kind: "refused", status: 400 };
  }
  if (/[\\\0]/.test(pathname)) return { kind: "refused", status: 400 };
  const segments = pathname.split("/");
  if (segments.some((s) => s === ".." || s === ".")) return { kind: "refused", status: 403 };
  // Hidden files and folders (.git, .env…) are never served.
  if (segments.some((s) => s.startsWith("."))) return { kind: "missing" };
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { kind: "missing" };
  }
  let file = path.join(realRoot, ...segments);
  if (!inside(realRoot, file)) return { kind: "refused", status: 403 };
  if (!existsSync(file)) return { kind: "missing" };
  let real = realpathSync(file);
  if (!inside(realRoot, real)) return { kind: "refused", status: 403 };
  if (statSync(real).isDirectory()) {
    if (!pathname.endsWith("/")) return { kind: "redirect", location: `${pathname}/` };
    file = path.join(real, "index.html");
    if (!existsSync(file)) return { kind: "missing" };
    real = realpathSync(file);
    if (!inside(realRoot, real)) return { kind: "refused", status: 403 };
  }
  const rel = path.relative(realRoot, real).split(path.sep);
  return { kind: "file", file: real, url: `/${rel.map(encodeURIComponent).join("/")}` };
}

const RELOAD_CLIENT = `new EventSource("/__annuaire/events").addEventListener("reload", () => location.reload());\n`;

/** `headers(pathname)`: extra response headers, e.g. the Content-Security-Policy of netlify.toml. */
export function serveStatic(
  root: string,
  port = 0,
  headers: (pathname: string) => Record<string, string> = () => ({}),
  liveReload = false,
): Promise<RunningServer> {
  const base = path.resolve(root);
  const listeners = new Set<ServerResponse>();
  // dev: look files up on each request, since a rebuild swaps the whole folder.
  const files = sirv(base, {
    dev: true,
    dotfiles: false,
    extensions: [],
    setHeaders: (response, pathname) => {
      for (const [k, v] of Object.entries(headers(pathname))) response.setHeader(k, v);
    },
  });

  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    const page = path.join(base, "404.html");
    if (!existsSync(page)) return void response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    response.writeHead(404, {
      ...headers(new URL(request.url ?? "/", "http://127.0.0.1").pathname),
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    });
    response.end(withReload(readFileSync(page, "utf8")));
  };
  const withReload = (page: string) =>
    // Dev only: pages learn to reload themselves; the built files stay as they are.
    liveReload ? page.replace("</body>", '<script src="/__annuaire/reload.js"></script></body>') : page;

  const server = createServer((request, response) => {
    if (liveReload && request.url === "/__annuaire/events") {
      response.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-store",
        connection: "keep-alive",
      });
      response.write(": connected\n\n");
      listeners.add(response);
      request.on("close", () => listeners.delete(response));
      return;
    }
    if (liveReload && request.url === "/__annuaire/reload.js") {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(RELOAD_CLIENT);
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const resolved = resolveRequest(base, request.url ?? "/");
    if (resolved.kind === "refused") return void response.writeHead(resolved.status).end();
    if (resolved.kind === "redirect") return void response.writeHead(301, { location: resolved.location }).end();
    if (resolved.kind === "missing") return notFound(request, response);
    response.setHeader("cache-control", "no-store");
    if (liveReload && resolved.file.endsWith(".html")) {
      response.writeHead(200, { ...headers(resolved.url), "content-type": "text/html; charset=utf-8" });
      response.end(withReload(readFileSync(resolved.file, "utf8")));
      return;
    }
    // sirv serves exactly the file checked above, found under its canonical URL.
    request.url = resolved.url;
    files(request, response, () => notFound(request, response));
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        server,
        reload: () => listeners.forEach((l) => l.write("event: reload\ndata: now\n\n")),
        close: () =>
          new Promise((done) => {
            listeners.forEach((l) => l.end());
            server.close(() => done());
          }),
      });
    });
  });
}
