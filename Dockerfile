# syntax=docker/dockerfile:1.7
# Small production image: build with dev dependencies, ship only dist/ and
# production node_modules, run as the unprivileged `node` user.

ARG NODE_VERSION=20.20
ARG TERRAFORM_VERSION=1.11.4

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM debian:bookworm-slim AS terraform
ARG TERRAFORM_VERSION
ARG TARGETARCH=amd64
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl unzip && rm -rf /var/lib/apt/lists/*
# Verify the download against HashiCorp's published checksums.
RUN curl -fsSLO https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_${TARGETARCH}.zip \
 && curl -fsSLO https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_SHA256SUMS \
 && grep "linux_${TARGETARCH}.zip" terraform_${TERRAFORM_VERSION}_SHA256SUMS | sha256sum -c - \
 && unzip terraform_${TERRAFORM_VERSION}_linux_${TARGETARCH}.zip -d /usr/local/bin

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    INFRA_COACH_SQLITE_PATH=/data/infra-coach.sqlite
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates git tar && rm -rf /var/lib/apt/lists/* \
 && mkdir /data && chown node:node /data
COPY --from=terraform /usr/local/bin/terraform /usr/local/bin/terraform
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json app.yml ./
COPY --chown=node:node bin ./bin
USER node
VOLUME ["/data"]
EXPOSE 3000
CMD ["npm", "start"]
