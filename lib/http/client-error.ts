import type { Duplex } from "node:stream";
import { apiTranslator } from "@/lib/api/locale";
import { PROBLEM_CONTENT_TYPE, PROBLEM_STATUS, problemType } from "@/lib/api/problem";
import { defaultLocale } from "@/lib/i18n/config";

/**
 * Answers a request Node's HTTP parser refused before the app saw it (the server's
 * `clientError`). Headers over the size limit get a 431 problem, like every other refusal of
 * the API; other unparseable requests a bare 400, as Node answers by default. Nothing of the
 * request could be read, its language included.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  if (error.code !== "HPE_HEADER_OVERFLOW") {
    socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    return;
  }
  const t = apiTranslator(defaultLocale);
  const body = JSON.stringify({
    type: problemType("HEADERS_TOO_LARGE"),
    title: t("api.titles.HEADERS_TOO_LARGE"),
    status: PROBLEM_STATUS.HEADERS_TOO_LARGE,
    detail: t("api.details.headersTooLarge"),
    instance: "/",
    code: "HEADERS_TOO_LARGE",
  });
  socket.end(
    [
      "HTTP/1.1 431 Request Header Fields Too Large",
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Connection: close",
      "",
      body,
    ].join("\r\n"),
  );
}
