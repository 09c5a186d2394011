#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core downloads no browser): installed here
# when it is missing, so `npm test` on a fresh Debian machine needs no other step.
set -euo pipefail
if [ -n "${PROMPTGATE_CHROMIUM:-}" ] || command -v chromium >/dev/null; then exit 0; fi
sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium
