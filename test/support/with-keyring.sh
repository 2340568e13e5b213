#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring,
# so keytar talks to a real Secret Service. Nothing outlives the command: the
# daemon runs in the foreground under this script and is killed by PID, and its
# keyring files live in a temp dir (toolchain-probe.md §1).
set -uo pipefail
# macOS and Windows have their keychain in every session (the CI runners' login keychain,
# Windows Credential Manager): only Linux needs a Secret Service started for the tests.
if [ "$(uname -s)" != Linux ]; then exec "$@"; fi
KR_DIR=$(mktemp -d -t waba-keyring.XXXXXX)
trap 'rm -rf "$KR_DIR"' EXIT
export XDG_DATA_HOME=$KR_DIR/data XDG_RUNTIME_DIR=$KR_DIR/run
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  printf %s test-keyring-pw | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  kr=$!
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.1
  done
  export WABA_TEST_KEYRING=1
  "$@"; rc=$?
  kill $kr 2>/dev/null; wait $kr 2>/dev/null
  exit $rc' _ "$@" 2> >(grep -v "Failed to set fd limit" >&2)
