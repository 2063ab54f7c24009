import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { servePreview, type PreviewServer } from "../../src/serve/preview-server.js";
import { BIN } from "../helpers/cli.js";

const KOTA = "test/fixtures/kota-contoh";
const PROGRAM = "programs/governance/program-governance.yaml";
const open: PreviewServer[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function serve() {
  const root = await mkdtemp(path.join(os.tmpdir(), "mp-watch-"));
  const dir = path.join(root, "plan");
  await cp(KOTA, dir, { recursive: true });
  const server = await servePreview({ root: dir, port: 0, cwd: root });
  open.push(server);
  const { port } = new URL(server.url);
  return { root, dir, server, port: Number(port) };
}

/** Sends raw bytes and returns what came back before the server closed or `ms` passed. */
function raw(port: number, request: string, ms = 2000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let got = "";
    const done = () => {
      socket.destroy();
      resolve(got);
    };
    socket.on("data", (d) => {
      got += d.toString();
      if (/\r\n\r\n/.test(got) && !got.includes("text/event-stream")) setTimeout(done, 20);
    });
    socket.on("error", done);
    socket.on("close", done);
    setTimeout(done, ms);
    socket.write(request);
  });
}

const get = (port: number, target: string, headers: string[]) =>
  raw(port, [`GET ${target} HTTP/1.1`, ...headers, "Connection: close", "", ""].join("\r\n"));

async function until<T>(probe: () => Promise<T | null | false | undefined>, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What the page says while the plan has errors. */
const BANNER = "showing the last document that built";
const page = async (server: PreviewServer) => (await fetch(server.url)).text();

describe("the preview answers the analyst's own browser only", () => {
  it("refuses a foreign Host with no content, and serves the loopback names", async () => {
    const { port } = await serve();
    for (const host of ["evil.example", `evil.example:${port}`, "127.0.0.1:1", ""]) {
      const r = await get(port, "/", host ? [`Host: ${host}`] : []);
      expect(r, host).toMatch(/^HTTP\/1\.1 (421|403|400) /);
      expect(r).not.toContain("<html");
      const events = await get(port, "/events", host ? [`Host: ${host}`] : []);
      expect(events).not.toContain("text/event-stream");
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const r = await get(port, "/", [`Host: ${host}`]);
      expect(r, host).toMatch(/^HTTP\/1\.1 200 /);
    }
  });

  it("refuses the event stream to a page of another origin", async () => {
    const { port } = await serve();
    const r = await get(port, "/events", [
      `Host: 127.0.0.1:${port}`,
      "Origin: http://evil.example",
    ]);
    expect(r).toMatch(/^HTTP\/1\.1 403 /);
    const own = await raw(
      port,
      `GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n\r\n`,
      500,
    );
    expect(own).toContain("text/event-stream");
  });

  it("answers 400 to a malformed request and keeps serving, 1,000 times over", async () => {
    const { port, server } = await serve();
    const r = await get(port, "http://[::1", [`Host: 127.0.0.1:${port}`]);
    expect(r).toMatch(/^HTTP\/1\.1 400 /);
    const bad = ["http://[::1", "//[", "/%", "*", "/\u0000", "/" + "a".repeat(20_000)];
    for (let i = 0; i < 1000; i++) {
      const target = bad[i % bad.length]!;
      await new Promise<void>((resolve) => {
        const s = net.connect(port, "127.0.0.1", () => {
          s.end(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
        });
        s.on("data", () => undefined);
        s.on("close", () => resolve());
        s.on("error", () => resolve());
      });
    }
    expect(await page(server)).toContain("<html");
  });

  it("caps the event streams open at once and refuses the rest politely", async () => {
    const { port, server } = await serve();
    const sockets: net.Socket[] = [];
    const answers: string[] = [];
    for (let i = 0; i < 30; i++) {
      const s = net.connect(port, "127.0.0.1");
      sockets.push(s);
      let got = "";
      s.on("data", (d) => (answers[i] = got += d.toString()));
      s.on("error", () => undefined);
      s.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    }
    await until(async () => answers.filter(Boolean).length === 30);
    expect(answers.filter((a) => a.includes("text/event-stream")).length).toBe(16);
    expect(answers.filter((a) => /^HTTP\/1\.1 503 /.test(a)).length).toBe(14);
    for (const s of sockets) s.destroy();
    expect(await page(server)).toContain("<html");
  });
});

describe("the preview follows the plan through renames and moves", () => {
  it("sees edits after a rename-style save, again and again", async () => {
    const { dir, server } = await serve();
    const file = path.join(dir, PROGRAM);
    const text = await readFile(file, "utf8");
    for (const name of ["Simpan Aman Satu", "Simpan Aman Dua", "Simpan Aman Tiga"]) {
      const temp = path.join(path.dirname(file), ".program-governance.yaml.swp");
      await writeFile(temp, text.replace(/^name: .*$/m, `name: ${name}`));
      await rename(temp, file);
      await until(async () => (await page(server)).includes(name));
    }
  });

  it("notices the plan folder moved away and back, and deleted and made again", async () => {
    const { root, dir, server } = await serve();
    const away = path.join(root, "elsewhere");
    await rename(dir, away);
    await until(async () => (await page(server)).includes(BANNER));
    await rename(away, dir);
    await until(async () => !(await page(server)).includes(BANNER));
    const file = path.join(dir, PROGRAM);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^name: .*$/m, "name: Setelah Kembali"));
    await until(async () => (await page(server)).includes("Setelah Kembali"));

    const copy = path.join(root, "copy");
    await cp(dir, copy, { recursive: true });
    await rm(dir, { recursive: true });
    await until(async () => (await page(server)).includes(BANNER));
    await cp(copy, dir, { recursive: true });
    await writeFile(path.join(dir, PROGRAM), text.replace(/^name: .*$/m, "name: Dibuat Lagi"));
    await until(async () => (await page(server)).includes("Dibuat Lagi"));
  });

  it("notices a folder of programs moved out of the plan", async () => {
    const { root, dir, server } = await serve();
    const before = await page(server);
    expect(before).toContain("Program Kesehatan Kota");
    await rename(path.join(dir, "programs", "living"), path.join(root, "living"));
    await until(async () => !(await page(server)).includes("Program Kesehatan Kota"));
  });
});

it("stops on Ctrl-C at once, whatever its clients are doing", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-watch-"));
  await cp(KOTA, dir, { recursive: true });
  const child = spawn(process.execPath, [BIN, "watch", dir, "--port", "0", "--no-open"], {
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const port = Number(await until(async () => /127\.0\.0\.1:(\d+)\//.exec(stderr)?.[1]));
  // An idle keep-alive client, a half-sent request and an open event stream.
  const idle = net.connect(port, "127.0.0.1");
  idle.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  const half = net.connect(port, "127.0.0.1");
  half.write(`GET / HTTP/1.1\r\nHost: 127.0`);
  const events = net.connect(port, "127.0.0.1");
  events.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  for (const s of [idle, half, events]) s.on("error", () => undefined);
  await new Promise((r) => setTimeout(r, 300));
  const started = Date.now();
  child.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(Date.now() - started).toBeLessThan(3000);
  for (const s of [idle, half, events]) s.destroy();
});

it("rebuilds under a flood of clients on few file handles (ulimit -n 300)", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-watch-"));
  await cp(KOTA, dir, { recursive: true });
  const child = spawn(
    "bash",
    [
      "-c",
      `ulimit -n 300 && exec "$0" "$@"`,
      process.execPath,
      BIN,
      "watch",
      dir,
      "--port",
      "0",
      "--no-open",
    ],
    { env: { ...process.env, NO_COLOR: "1" } },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  try {
    const port = Number(await until(async () => /127\.0\.0\.1:(\d+)\//.exec(stderr)?.[1]));
    const sockets: net.Socket[] = [];
    for (let i = 0; i < 400; i++) {
      const s = net.connect(port, "127.0.0.1");
      s.on("error", () => undefined);
      s.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      sockets.push(s);
    }
    await new Promise((r) => setTimeout(r, 500));
    const file = path.join(dir, PROGRAM);
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(/^name: .*$/m, "name: Di Tengah Banjir Klien"),
    );
    await until(async () => /Rebuilt in \d+ ms/.test(stderr.split("Previewing")[1] ?? ""), 30_000);
    expect(stderr).not.toMatch(/EMFILE|this is a bug/);
    for (const s of sockets) s.destroy();
    // While the flood's connections close, a new one may still be turned away: ask again.
    await until(async () =>
      (
        await fetch(`http://127.0.0.1:${port}/`)
          .then((r) => r.text())
          .catch(() => "")
      ).includes("Di Tengah Banjir Klien"),
    );
  } finally {
    child.kill("SIGKILL");
  }
});
