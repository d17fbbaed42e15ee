// A small static file server on 127.0.0.1, serving a built site the way the host does
// (folder → index.html, unknown path → 404.html). Used by `annuaire dev` and by the tests.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

export interface RunningServer {
  url: string;
  server: Server;
  /** With `liveReload`: tell every open page to reload. */
  reload(): void;
  close(): Promise<void>;
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
  const listeners = new Set<import("node:http").ServerResponse>();
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
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = path.join(base, pathname);
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = path.join(file, "index.html");
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(base, "404.html");
      if (!existsSync(file)) {
        response.writeHead(404).end("Not found");
        return;
      }
    }
    response.writeHead(status, {
      ...headers(pathname),
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    if (liveReload && file.endsWith(".html")) {
      // Dev only: pages learn to reload themselves; the built files stay as they are.
      response.end(
        readFileSync(file, "utf8").replace("</body>", '<script src="/__annuaire/reload.js"></script></body>'),
      );
      return;
    }
    createReadStream(file).pipe(response);
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
