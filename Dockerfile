# syntax=docker/dockerfile:1
# Tandem as a container: `docker compose up` (compose.yaml) runs it with PostgreSQL.
# The build and start steps are scripts/release.sh, which CI runs on a fresh clone too.

FROM node:24-bookworm-slim AS build
# better-sqlite3 compiles from source where its prebuilt binary cannot be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN scripts/release.sh build /release

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /release ./
# The release is read-only for the server; only /data (SQLite, outbox) is written.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Ready means migrated and not shutting down (/api/ready); migrations count as start-up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["./release.sh", "healthcheck"]
STOPSIGNAL SIGTERM
CMD ["./release.sh", "start"]
