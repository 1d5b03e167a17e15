//! Set-up shared by the test binaries that run `newsgraph` and outside software (`export`,
//! `serve`, `push`, `spark`, and `tests` for `cli` and `queries`; each says `mod support;`):
//! where the sample articles and the binary are, scratch directories under the target
//! directory, commands with a time limit, and the rule for outside tools — present, skipped
//! loudly, or under CI (`CI` set) a failure.
//!
//! The Python checks and RDF fixtures beside this file belong to `tests/export.rs` and
//! `tests/serve.rs`.

// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

/// Longest any outside command may take (Chromium's first start is the slowest).
pub const TIMEOUT: Duration = Duration::from_secs(180);

/// The repository's root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The sample articles the stores of these tests are built from.
pub fn samples() -> PathBuf {
    root().join("data/articles")
}

/// A file of `tests/support/`.
pub fn support_file(name: &str) -> PathBuf {
    root().join("tests/support").join(name)
}

/// `newsgraph --store STORE`, the built binary, blind to a `NEWSGRAPH_STORE` of the caller's.
pub fn newsgraph(store: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.arg("--store").arg(store).env_remove("NEWSGRAPH_STORE");
    cmd
}

/// Asserts that a run of `what` succeeded, with its stderr in the message.
pub fn expect_success(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A new scratch directory under the target directory, removed when dropped.
pub fn temp_dir(prefix: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
}

/// An empty directory `NAME-PID` under the target directory for a fixture kept in a static
/// (statics are never dropped): those that earlier test processes left are removed once their
/// process is gone.
pub fn fixture_dir(name: &str) -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    remove_stale_fixtures(tmp, name);
    let dir = tmp.join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn remove_stale_fixtures(tmp: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    let prefix = format!("{name}-");
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if let Some(pid) = file_name.strip_prefix(&prefix) {
            let is_pid = !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit());
            if is_pid && Path::new("/proc").is_dir() && !Path::new("/proc").join(pid).exists() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// Runs a command with piped output, killing it after [`TIMEOUT`].
pub fn run_with_timeout(cmd: &mut Command, what: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        stdout.read_to_end(&mut buf).map(|_| buf)
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        stderr.read_to_end(&mut buf).map(|_| buf)
    });
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not finish in {} s", TIMEOUT.as_secs());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out.join().unwrap().unwrap_or_default(),
        stderr: err.join().unwrap().unwrap_or_default(),
    }
}

// ---------------------------------------------------------------------------------------------
// Outside tools: present, skipped loudly, or (under CI) a failure
// ---------------------------------------------------------------------------------------------

pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The Python interpreter the checks run with (`PYTHON`, else `python3`).
pub fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Runs a probe with no input and its output thrown away.
pub fn quiet_status(probe: &mut Command) -> std::io::Result<ExitStatus> {
    probe
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
}

/// Whether `probe` runs successfully; see [`present`] for when it does not.
pub fn available(what: &str, probe: &mut Command) -> bool {
    present(what, quiet_status(probe).is_ok_and(|s| s.success()))
}

/// `installed`, and when it is not: under CI the test fails; elsewhere it says loudly that the
/// check is skipped, and the caller returns.
pub fn present(what: &str, installed: bool) -> bool {
    if installed {
        return true;
    }
    assert!(
        !in_ci(),
        "{what} is missing and CI is set: .ci/run must install it"
    );
    // Straight to the process's stderr: libtest captures `eprintln!` of passing tests, and a
    // skip must be seen.
    let message = format!(
        "\n*** SKIPPED: {what} is not installed, so this check did NOT run. \
         Run .ci/run (it installs it) or install it by hand. ***\n"
    );
    let _ = std::io::stderr().write_all(message.as_bytes());
    false
}

/// The Chromium binary, if one is installed; when none is, see [`present`].
pub fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|bin| quiet_status(Command::new(bin).arg("--version")).is_ok_and(|s| s.success()));
    found.or_else(|| {
        present("Chromium (apt-get install chromium)", false);
        None
    })
}

/// Under CI a failure (`needed` names what the runner must allow); elsewhere it says loudly
/// that the check is skipped, and the caller returns.
pub fn not_permitted(what: &str, needed: &str) {
    assert!(
        !in_ci(),
        "this process may not {what} and CI is set: CI must run as {needed}"
    );
    let message = format!(
        "\n*** SKIPPED: this process may not {what} (it needs {needed}), so this check did NOT \
         run. CI runs it as root. ***\n"
    );
    let _ = std::io::stderr().write_all(message.as_bytes());
}

// ---------------------------------------------------------------------------------------------
// Small and read-only filesystems
// ---------------------------------------------------------------------------------------------

/// What mounting a filesystem needs.
const MOUNT_NEEDS: &str = "root, or CAP_SYS_ADMIN";

/// A tmpfs mounted on a scratch directory: a real filesystem of a chosen size, so a store on it
/// meets a real full disk (`ENOSPC` from every write, as RocksDB sees it on a full volume), and
/// one that can be remounted read-only (read-only media, where even root cannot write).
/// `ulimit -f` is no substitute: it kills RocksDB's open. Unmounted when dropped, whatever the
/// test did.
pub struct Tmpfs {
    /// The mount point; removed after the unmount (fields drop after [`Drop::drop`]).
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (`mount`'s syntax: `"512k"`, `"16m"`), or `None` when this
    /// process may not mount (see [`not_permitted`]: under CI that fails the test).
    pub fn mount(size: &str) -> Option<Self> {
        let dir = temp_dir("tmpfs");
        let mounted = quiet_status(
            Command::new("mount")
                .args(["-t", "tmpfs", "-o"])
                .arg(format!("size={size},mode=0755"))
                .arg("newsgraph-test")
                .arg(dir.path()),
        )
        .is_ok_and(|s| s.success());
        if !mounted {
            not_permitted("mount a tmpfs", MOUNT_NEEDS);
            return None;
        }
        Some(Self { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Grows (or shrinks) the filesystem in place, keeping its files: space freed on a full disk.
    pub fn resize(&self, size: &str) {
        self.remount(&format!("remount,size={size}"));
    }

    /// Remounts it read-only: no process, root included, can write to it any more.
    pub fn make_read_only(&self) {
        self.remount("remount,ro");
    }

    fn remount(&self, options: &str) {
        let out = Command::new("mount")
            .args(["-o", options])
            .arg(self.path())
            .output()
            .expect("mount runs");
        assert!(
            out.status.success(),
            "mount -o {options} {} failed: {}",
            self.path().display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = quiet_status(Command::new("umount").arg(self.path()));
        if !unmounted.is_ok_and(|s| s.success()) {
            // Still busy (a child of a failed test holds a file): detach it now, freed when
            // the last file closes, so the scratch directory never keeps a mount.
            let _ = quiet_status(Command::new("umount").arg("--lazy").arg(self.path()));
        }
    }
}
