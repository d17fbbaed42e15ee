// The few GitHub REST calls that turn one converted submission into one pull request: read the base
// branch, read the current file (corrections), create a branch, put the file, open the pull request.
// The API address is configurable so tests can point it at a recorder on 127.0.0.1.

export interface GitHubTarget {
  /** https://api.github.com, or a test server. */
  api: string;
  token: string;
  /** owner/name */
  repository: string;
  base: string;
}

export class GitHub {
  constructor(private readonly target: GitHubTarget) {}

  private async call<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.target.api.replace(/\/$/, "")}/repos/${this.target.repository}${route}`, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${this.target.token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "annuaire-contribute",
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (response.status === 404) return undefined as T;
    if (!response.ok) throw new Error(`GitHub ${method} ${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async baseSha(): Promise<string> {
    const ref = await this.call<{ object: { sha: string } }>("GET", `/git/ref/heads/${this.target.base}`);
    if (!ref) throw new Error(`GitHub: no branch ${this.target.base}`);
    return ref.object.sha;
  }

  /** A file's text and blob sha on the base branch, or undefined. */
  async file(filePath: string): Promise<{ text: string; sha: string } | undefined> {
    const found = await this.call<{ content: string; sha: string } | undefined>(
      "GET",
      `/contents/${filePath}?ref=${encodeURIComponent(this.target.base)}`,
    );
    return found ? { text: Buffer.from(found.content, "base64").toString("utf8"), sha: found.sha } : undefined;
  }

  /** Branch from base, commit one file, open a pull request; returns its address. */
  async propose(change: {
    branch: string;
    path: string;
    text: string;
    sha?: string;
    message: string;
    title: string;
    body: string;
  }): Promise<string> {
    const sha = await this.baseSha();
    await this.call("POST", "/git/refs", { ref: `refs/heads/${change.branch}`, sha });
    await this.call("PUT", `/contents/${change.path}`, {
      message: change.message,
      content: Buffer.from(change.text, "utf8").toString("base64"),
      branch: change.branch,
      ...(change.sha ? { sha: change.sha } : {}),
    });
    const pull = await this.call<{ html_url: string }>("POST", "/pulls", {
      title: change.title,
      head: change.branch,
      base: this.target.base,
      body: change.body,
    });
    return pull.html_url;
  }
}
