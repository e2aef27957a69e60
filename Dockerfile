# syntax=docker/dockerfile:1
# Switchboard for production: compiled to plain JavaScript, run by node as an unprivileged user.
# Build: docker build -t switchboard .   Run: see compose.yaml and README, "Operating Switchboard".

ARG NODE_VERSION=24.22.3

# 1. Build: every dependency (TypeScript), compile src/ to dist/.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Production dependencies only.
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. Runtime: node, the production node_modules and dist/. No npm in the way of signals: node is PID 1's
#    only child (tini, via --init in compose, or `docker run --init`) or PID 1 itself, and handles SIGTERM.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    DATA_DIR=/data \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root package.json ./
# The image's "node" user (uid 1000) owns only the data folder (PGlite files, uploads).
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
# Liveness from inside the container: /healthz answers while the process does (readiness is /readyz, for
# the load balancer). Node's fetch, no curl needed.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/server.js"]
