// Real Twofold processes for system tests: the production build started through scripts/start.mjs
// (check-config, preflight with its migrations, then dist/server.mjs) on a free port, with its own
// data folder, on the database the test names. Output is kept for the failure message.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { TEST_PUBLIC_URL, TEST_SECRET } from "../../setup/env";

const root = path.resolve(import.meta.dirname, "../../..");

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type InstanceOptions = { databaseUrl: string; name: string; port?: number };

export class Instance {
  readonly name: string;
  readonly databaseUrl: string;
  port = 0;
  output = "";
  private child?: ChildProcess;
  private exited?: Promise<number | null>;
  private readonly dataDir = mkdtempSync(path.join(os.tmpdir(), "twofold-system-"));

  constructor(options: InstanceOptions) {
    this.name = options.name;
    this.databaseUrl = options.databaseUrl;
    if (options.port) this.port = options.port;
  }

  get base() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process and resolves once it listens; rejects with its output if it exits first. */
  async start(timeoutMs = 90_000): Promise<void> {
    if (!this.port) this.port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      PORT: String(this.port),
      DATABASE_URL: this.databaseUrl,
      TWOFOLD_SECRET: TEST_SECRET,
      TWOFOLD_PUBLIC_URL: TEST_PUBLIC_URL,
      TWOFOLD_DATA_DIR: this.dataDir,
      TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR: "100000",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString("utf8");
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    const started = Date.now();
    // A restart keeps the earlier output for the failure message; only this run's line counts.
    const from = this.output.length;
    while (!this.output.includes(`Ready on port ${this.port}.`, from)) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.name} exited during start:\n${this.output}`);
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(`${this.name} did not start in ${timeoutMs} ms:\n${this.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** SIGKILL: no shutdown handler runs, whatever was in flight is cut where it stood. */
  async kill(): Promise<void> {
    this.child?.kill("SIGKILL");
    await this.exited;
  }

  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill("SIGTERM");
      const timer = setTimeout(() => this.child?.kill("SIGKILL"), 5_000);
      await this.exited;
      clearTimeout(timer);
    }
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
