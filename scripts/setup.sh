#!/usr/bin/env bash
# Installs what building newsgraph needs besides Rust: libclang, which bindgen uses to generate
# the RocksDB bindings of oxigraph. Does nothing when it is already installed.
# (Debian/Ubuntu; on other systems install clang's development package by hand.)
set -euo pipefail

if ! command -v cargo >/dev/null 2>&1; then
    echo "setup: cargo not found; install Rust from https://rustup.rs first" >&2
    exit 1
fi

if command -v dpkg >/dev/null 2>&1; then
    if ! dpkg -s libclang-dev >/dev/null 2>&1; then
        sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        echo "setup: installing libclang-dev (needed to build RocksDB bindings)" >&2
        $sudo apt-get update
        $sudo apt-get install -y libclang-dev
    fi
else
    echo "setup: not a Debian-like system; make sure libclang is installed" >&2
fi
echo "setup: ok (the first build compiles RocksDB and takes 15-20 minutes on 2 cores)" >&2
