// The Function against a recorder on 127.0.0.1 that speaks the few GitHub REST calls it makes.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handle } from "../../netlify/functions/submission-created.ts";
import { TRI_CITY } from "../helpers/data-dir.ts";

interface Call {
  method: string;
  url: string;
  auth: string | undefined;
  body: Record<string, string> | undefined;
}
const calls: Call[] = [];
const CANTINE = readFileSync(path.join(TRI_CITY, "initiatives/cantine-pulsar.yaml"), "utf8");
let server: Server;
let api = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      calls.push({
        method: req.method!,
        url: req.url!,
        auth: req.headers.authorization,
        body: raw ? JSON.parse(raw) : undefined,
      });
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      const url = req.url!;
      if (req.method === "GET" && url.endsWith("/git/ref/heads/main")) return send(200, { object: { sha: "base123" } });
      if (req.method === "GET" && url.includes("/contents/tri-city/initiatives/cantine-pulsar.yaml"))
        return send(200, { content: Buffer.from(CANTINE).toString("base64"), sha: "blob456" });
      if (req.method === "GET") return send(404, { message: "Not Found" });
      if (req.method === "POST" && url.endsWith("/git/refs")) return send(201, {});
      if (req.method === "PUT") return send(201, {});
      if (req.method === "POST" && url.endsWith("/pulls")) return send(201, { html_url: "https://github.test/pull/7" });
      send(500, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  calls.length = 0;
});

const env = () => ({
  GITHUB_TOKEN: "t0ken",
  GITHUB_REPOSITORY: "annuaire/test",
  GITHUB_API_URL: api,
  ANNUAIRE_DATA: TRI_CITY,
});
const event = (data: Record<string, unknown>, id = "abc123") =>
  new Request("http://localhost/.netlify/functions/submission-created", {
    method: "POST",
    body: JSON.stringify({
      payload: { id, created_at: "2026-11-20T10:00:00.000Z", data: { "form-name": "contribute", ...data } },
    }),
  });
const NEW = {
  lang: "fr",
  name: "Jardin des Comètes",
  summary: "Un potager partagé.",
  sectors: ["food"],
  communes: ["nordville"],
  "sender-contact": "marie@example.org",
};

describe("the submission-created Function", () => {
  it("does nothing, and calls nobody, when GitHub is not configured", async () => {
    const response = await handle(event(NEW), { ANNUAIRE_DATA: TRI_CITY });
    expect(await response.json()).toEqual({ skipped: "GITHUB_TOKEN or GITHUB_REPOSITORY is not set" });
    expect(calls).toEqual([]);
  });

  it("opens one pull request with the new file, never with the sender's contact", async () => {
    const response = await handle(event(NEW), env());
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ pullRequest: "https://github.test/pull/7" });
    expect(calls.map((c) => `${c.method} ${c.url.replace(/\?.*/, "")}`)).toEqual([
      "GET /repos/annuaire/test/git/ref/heads/main",
      "POST /repos/annuaire/test/git/refs",
      "PUT /repos/annuaire/test/contents/tri-city/initiatives/jardin-des-cometes.yaml",
      "POST /repos/annuaire/test/pulls",
    ]);
    expect(calls.every((c) => c.auth === "Bearer t0ken")).toBe(true);
    expect(calls[1]!.body).toEqual({ ref: "refs/heads/contribute/jardin-des-cometes-abc123", sha: "base123" });
    const file = Buffer.from(calls[2]!.body!.content!, "base64").toString("utf8");
    expect(file).toContain("name: Jardin des Comètes\n");
    expect(file).toContain("verified: 2026-11-20\n");
    expect(JSON.stringify(calls)).not.toContain("marie@example.org");
    expect(calls[3]!.body).toMatchObject({ head: "contribute/jardin-des-cometes-abc123", base: "main" });
  });

  it("edits the file as it is on GitHub for a correction, passing its sha", async () => {
    const response = await handle(
      event({ lang: "fr", "correction-of": "cantine-pulsar", "what-is-wrong": "schedule", schedule: "Le jeudi midi." }),
      env(),
    );
    expect(response.status).toBe(201);
    const put = calls.find((c) => c.method === "PUT")!;
    expect(put.body!.sha).toBe("blob456");
    expect(Buffer.from(put.body!.content!, "base64").toString("utf8")).toBe(
      `${CANTINE}schedule:\n  fr: Le jeudi midi.\n`,
    );
  });

  it("opens nothing for spam or an invalid submission", async () => {
    expect((await handle(event({ ...NEW, "website-url": "http://bot" }), env())).status).toBe(200);
    expect((await handle(event({ ...NEW, sectors: ["nope"] }), env())).status).toBe(200);
    expect(calls.filter((c) => c.method !== "GET")).toEqual([]);
  });
});
