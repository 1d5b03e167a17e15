//! Readers beside a writer, and readers that cannot write: `stats`, `query`, `export` and `serve`
//! open the store read-only, so they answer while `ingest` runs in another process, and they
//! read a store on a read-only place without creating or changing any file in it.

use super::crash::article;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, SystemTime};

/// Articles written while the readers read: enough for the ingest to last several seconds.
const ARTICLES: usize = 1500;

fn newsgraph(store: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command
        .arg("--store")
        .arg(store)
        .env_remove("NEWSGRAPH_STORE")
        .stdin(Stdio::null());
    command
}

fn run(mut command: Command) -> Output {
    command.output().expect("newsgraph runs")
}

fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `stats`, `query` and `export`, run by `reader` on a store holding the two sample articles,
/// answer in full: the store on `place` can be read.
fn stats_query_and_export_read(reader: impl Fn(&[&str]) -> Output, place: &str) {
    let stats = reader(&["stats", "--format", "json"]);
    assert_ok(&stats, &format!("stats on {place}"));
    assert_eq!(articles_in(&stats), 2);
    let quotes = reader(&[
        "query",
        "quotes-by",
        "--param",
        "speaker=Stoltenberg",
        "--format",
        "csv",
    ]);
    assert_ok(&quotes, &format!("query on {place}"));
    assert!(String::from_utf8_lossy(&quotes.stdout).contains("Jens Stoltenberg"));
    let export = reader(&["export", "--format", "nquads"]);
    assert_ok(&export, &format!("export on {place}"));
    assert!(String::from_utf8_lossy(&export.stdout).contains("Stoltenberg"));
}

fn articles_in(stats: &Output) -> u64 {
    let json: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("stats JSON");
    json["articles"].as_u64().expect("an article count")
}

/// A `newsgraph serve` child on a free loopback port, killed when dropped.
struct Served {
    child: Child,
    addr: String,
}

impl Served {
    fn start(mut command: Command) -> Self {
        let mut child = command
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve starts");
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        // Keep draining stderr so the server never blocks on it.
        std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
        Self { child, addr }
    }

    /// Status line and body of a GET.
    fn get(&self, path: &str) -> (String, String) {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response.lines().next().unwrap_or_default().to_string();
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn stats_query_export_and_serve_answer_while_an_ingest_runs() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let first = dir.path().join("first.jsonl");
    let all = dir.path().join("all.jsonl");
    let lines: Vec<String> = (0..ARTICLES).map(article).collect();
    std::fs::write(&first, lines[..50].join("\n")).unwrap();
    std::fs::write(&all, lines.join("\n")).unwrap();
    let mut ingest = newsgraph(&store);
    ingest.arg("ingest").arg(&first);
    assert_ok(&run(ingest), "the first ingest");

    let served = Served::start(newsgraph(&store));
    let mut writer = newsgraph(&store)
        .args(["ingest", "--batch-quads", "2000"])
        .arg(&all)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();

    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }";
    let mut rounds_during_ingest = 0;
    let mut seen = 50;
    loop {
        let running_before = writer.try_wait().unwrap().is_none();
        let mut stats = newsgraph(&store);
        stats.args(["stats", "--format", "json"]);
        let stats = run(stats);
        assert_ok(&stats, "stats during the ingest");
        let articles = articles_in(&stats);
        assert!(articles >= seen, "{articles} articles after {seen}");
        seen = articles;

        let mut query = newsgraph(&store);
        query.args(["query", "who-said-what", "--format", "csv"]);
        assert_ok(&run(query), "query during the ingest");
        let mut export = newsgraph(&store);
        export.args(["export", "--format", "nquads"]);
        let export = run(export);
        assert_ok(&export, "export during the ingest");
        assert!(!export.stdout.is_empty());

        let query: String = form_urlencoded::byte_serialize(count.as_bytes()).collect();
        let (status, body) = served.get(&format!("/sparql?query={query}"));
        assert!(status.contains("200"), "{status}\n{body}");

        if running_before && writer.try_wait().unwrap().is_none() {
            rounds_during_ingest += 1;
        } else if !running_before {
            break;
        }
    }
    assert!(writer.wait().unwrap().success(), "the ingest failed");
    assert!(
        rounds_during_ingest >= 1,
        "the ingest ended before one round of readers ran beside it"
    );
    // A reader opened now sees every article.
    let mut stats = newsgraph(&store);
    stats.args(["stats", "--format", "json"]);
    assert_eq!(articles_in(&run(stats)), ARTICLES as u64);
}

/// Every file under `dir` with its size and modification time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime)> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let meta = entry.metadata().unwrap();
        if meta.is_dir() {
            files.extend(snapshot(&entry.path()));
        } else {
            files.insert(entry.path(), (meta.len(), meta.modified().unwrap()));
        }
    }
    files
}

fn set_mode_recursively(path: &Path, file_mode: u32, dir_mode: u32) {
    let meta = std::fs::metadata(path).unwrap();
    if meta.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            set_mode_recursively(&entry.unwrap().path(), file_mode, dir_mode);
        }
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(dir_mode)).unwrap();
    } else {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(file_mode)).unwrap();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A command run by a user without write permission on the store: this user when not root,
/// else `nobody` through `setpriv` (root writes through any mode bits, so `chmod` alone would
/// prove nothing).
fn as_reader(program: &str) -> Option<Command> {
    if !is_root() {
        return Some(Command::new(program));
    }
    let setpriv_works = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !setpriv_works {
        return None;
    }
    let mut command = Command::new("setpriv");
    command.args([
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--",
        program,
    ]);
    Some(command)
}

#[test]
fn a_store_that_cannot_be_written_is_read_and_left_unchanged() {
    let Some(mut probe) = as_reader("sh") else {
        let message = "\n*** SKIPPED: running as root without a working `setpriv`, so no honest \
                       read-only store can be made. ***\n";
        let _ = std::io::stderr().write_all(message.as_bytes());
        assert!(std::env::var("CI").is_err(), "{message}");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // The reader (maybe `nobody`) must reach the binary and the store.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let store = dir.path().join("store");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let mut ingest = newsgraph(&store);
    ingest.arg("ingest").arg(&samples);
    assert_ok(&run(ingest), "ingest");
    set_mode_recursively(&store, 0o444, 0o555);
    let before = snapshot(&store);

    // The setting is honest: this reader cannot create a file in the store.
    let probe_file = store.join("probe");
    let out = run({
        probe
            .arg("-c")
            .arg(format!("echo x > '{}'", probe_file.display()));
        probe
    });
    assert!(
        !out.status.success() && !probe_file.exists(),
        "the reader could write into the store: the test proves nothing"
    );

    let binary = env!("CARGO_BIN_EXE_newsgraph");
    let reader = |args: &[&str]| -> Output {
        let mut command = as_reader(binary).unwrap();
        command
            .arg("--store")
            .arg(&store)
            .args(args)
            .env_remove("NEWSGRAPH_STORE")
            .stdin(Stdio::null());
        run(command)
    };
    stats_query_and_export_read(reader, "a read-only store");

    let served = Served::start({
        let mut command = as_reader(binary).unwrap();
        command
            .arg("--store")
            .arg(&store)
            .env_remove("NEWSGRAPH_STORE")
            .stdin(Stdio::null());
        command
    });
    let (status, body) = served.get("/queries/quotes-by?speaker=Stoltenberg");
    assert!(status.contains("200"), "{status}\n{body}");
    assert!(body.contains("Jens Stoltenberg"), "{body}");
    drop(served);

    // Writing is refused, with a message, and nothing changed.
    let refused = reader(&["ingest", samples.to_str().unwrap()]);
    assert!(!refused.status.success());
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(snapshot(&store), before, "a reader changed the store");
    set_mode_recursively(&store, 0o644, 0o755);
}

#[test]
fn a_store_on_a_read_only_mount_is_read() {
    let Some(disk) = crate::support::Tmpfs::mount("64m") else {
        return;
    };
    let store = disk.path().join("store");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let mut ingest = newsgraph(&store);
    ingest.arg("ingest").arg(&samples);
    assert_ok(&run(ingest), "ingest");
    disk.make_read_only();
    // The setting is honest: not even this process (root, maybe) can write there.
    assert!(
        std::fs::write(store.join("probe"), b"x").is_err(),
        "the mount is writable: the test proves nothing"
    );

    let reader = |args: &[&str]| {
        let mut command = newsgraph(&store);
        command.args(args);
        run(command)
    };
    stats_query_and_export_read(reader, "a read-only mount");

    // Writing is refused with the store named.
    let refused = reader(&["ingest", samples.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains(&store.display().to_string()), "{message}");
}

#[test]
fn a_store_without_name_keys_is_named_by_readers_and_upgraded_by_the_next_ingest() {
    use newsgraph::model::vocab::ng;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let ingest = || {
        let mut command = newsgraph(&store);
        command.arg("ingest").arg(&samples);
        run(command)
    };
    assert_ok(&ingest(), "ingest");
    {
        // What a store written before entities carried name keys looks like.
        let graph = newsgraph::store::GraphStore::open(&store).unwrap();
        let keys: Vec<_> = graph
            .store()
            .quads_for_pattern(None, Some(ng::NAME_KEY), None, None)
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(!keys.is_empty());
        for quad in &keys {
            graph.store().remove(quad).unwrap();
        }
    }
    let quotes_by = || {
        let mut command = newsgraph(&store);
        command.args([
            "query",
            "quotes-by",
            "--param",
            "speaker=Putin",
            "--format",
            "csv",
        ]);
        run(command)
    };
    let refused = quotes_by();
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(
        message.contains("no name keys") && message.contains("newsgraph ingest"),
        "{message}"
    );
    // Nothing new to store, but the writer adds the keys.
    assert_ok(&ingest(), "the upgrading ingest");
    let found = quotes_by();
    assert_ok(&found, "quotes-by after the upgrade");
    assert!(String::from_utf8_lossy(&found.stdout).contains("Vladimir Putin"));
}
