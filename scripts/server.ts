// The production server (`npm start`): Next.js's request handler behind a plain Node HTTP server
// that first decides the client's address (lib/security/client-ip.ts) from the socket and, when
// TRUSTED_PROXIES says so, from the proxies' X-Forwarded-For.
import { createServer } from "node:http";
import next from "next";
import { answerClientError } from "@/lib/http/client-error";
import { stampClientIp, trustedProxies } from "@/lib/security/client-ip";

function portFromArgs(): number {
  const index = process.argv.indexOf("--port");
  const value = index >= 0 ? process.argv[index + 1] : process.env.PORT;
  return Number(value ?? 3000);
}

async function main() {
  const port = portFromArgs();
  const trust = trustedProxies(process.env.TRUSTED_PROXIES);
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    stampClientIp(req, trust);
    void handle(req, res);
  });
  server.on("clientError", answerClientError);
  server.listen(port, () => console.log(`智配 listening on http://localhost:${port}`));
  const stop = () => server.close(() => void app.close().then(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
