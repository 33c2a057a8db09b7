# Production image of 智配. Not built on the development machines (no Docker engine there);
# written to be correct by reading: see README "Deployment".
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
COPY prisma/schema.prisma prisma/schema.prisma
COPY prisma.config.ts ./
COPY scripts/db/generate-client.mjs scripts/db/generate-client.mjs
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
RUN groupadd --system app && useradd --system --gid app --home /app app
COPY --from=build --chown=app:app /app /app
RUN mkdir -p /app/storage && chown app:app /app/storage
USER app
EXPOSE 3000
# Alone, the container migrates on every start (idempotent; as MIGRATION_DATABASE_URL when set)
# and then serves. docker-compose.yml runs the migrations as a service of their own instead, so
# that the app and the worker never hold the schema owner's password.
CMD ["sh", "-c", "npm run db:migrate && exec npm start -- --port ${PORT}"]
