import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

type Message = {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
};

/**
 * A minimal Language Server Protocol client over stdio: enough to ask a real server for
 * completions, hovers and diagnostics, as an editor would.
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly listeners: Array<(m: Message) => void> = [];

  constructor(
    command: string,
    args: string[],
    private readonly settings: unknown,
  ) {
    this.child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end === -1) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1],
      );
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(end + 4, end + 4 + length).toString(),
      ) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.id !== undefined && m.method === undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    // The server asks for the editor's settings: answer with ours.
    if (m.id !== undefined && m.method === "workspace/configuration") {
      const items = (m.params as { items: unknown[] }).items;
      this.send({ id: m.id, result: items.map(() => (this.settings as { yaml: unknown }).yaml) });
      return;
    }
    if (m.id !== undefined) this.send({ id: m.id, result: null });
    for (const l of this.listeners) l(m);
  }

  private send(m: Record<string, unknown>): void {
    const body = JSON.stringify({ jsonrpc: "2.0", ...m });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) =>
        m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T),
      );
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification of a method that passes `test`. */
  waitFor<T>(method: string, test: (params: T) => boolean, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${method} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const listener = (m: Message) => {
        if (m.method === method && test(m.params as T)) {
          clearTimeout(timer);
          this.listeners.splice(this.listeners.indexOf(listener), 1);
          resolve(m.params as T);
        }
      };
      this.listeners.push(listener);
    });
  }

  async close(): Promise<void> {
    await this.request("shutdown", null).catch(() => undefined);
    this.notify("exit", null);
    this.child.kill();
  }
}
