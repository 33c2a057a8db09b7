import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface SmtpCatcher {
  port: number;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that accepts every message and hands it over raw: the demo's
 * mail sink and the tests' inbox.
 */
export async function startSmtpCatcher(
  port: number,
  onMessage: (raw: Buffer) => void,
): Promise<SmtpCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        onMessage(Buffer.concat(chunks));
        done();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The demo's sink: every message becomes an .eml file in `dir` (shown on /admin/mail). */
export function startMailSink(port: number, dir: string): Promise<SmtpCatcher> {
  mkdirSync(dir, { recursive: true });
  return startSmtpCatcher(port, (raw) => {
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.eml`;
    writeFileSync(path.join(dir, name), raw);
  });
}
