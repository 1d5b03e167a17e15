//! What was pushed where, and when: [`PushLog`], an append-only JSON Lines file beside the store
//! (`STORE.push.jsonl` by default), one line per graph written or removed and one per push that
//! completed.
//!
//! ```text
//! {"endpoint":"http://localhost:7878/store","op":"put","graph":"https://w3id.org/newsgraph/id/article/…","at":"2026-12-01T15:02:11Z"}
//! {"endpoint":"http://localhost:7878/store","op":"complete","at":"2026-12-01T15:02:12Z"}
//! ```
//!
//! # Rationale
//!
//! - A line is appended as soon as the server has accepted a graph, so a push that fails or is
//!   killed has recorded everything it sent, and the next one resumes after it. A torn last line
//!   (a crash while writing it) is skipped when read.
//! - Outside the store, not in it: the store's quads stay what ingest wrote (its exports and
//!   `stats` do not change with pushes), and the store can be opened read-only while pushing.
//! - Article graph IRIs come from the article's content hash, so "this IRI was pushed" means
//!   "this text was pushed": a replaced article has a new IRI and its old graph is removed.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// Errors of the push log.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StateError {
    #[error("cannot read the push log {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write the push log {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Line {
    endpoint: String,
    op: Op,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    graph: Option<String>,
    at: String,
}

#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Op {
    Put,
    Delete,
    Complete,
}

/// The graphs pushed to one endpoint, read from and appended to a log file.
pub struct PushLog {
    path: PathBuf,
    endpoint: String,
    pushed: HashSet<String>,
    last_complete: Option<String>,
    file: Option<File>,
}

impl PushLog {
    /// The default log of a store: `STORE.push.jsonl` beside the store directory.
    pub fn default_path(store: &Path) -> PathBuf {
        let mut name = store
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_else(|| "newsgraph.db".into());
        name.push(".push.jsonl");
        store.with_file_name(name)
    }

    /// Reads what the log at `path` says was pushed to `endpoint` (nothing if there is no log).
    pub fn open(path: impl Into<PathBuf>, endpoint: &str) -> Result<Self, StateError> {
        let path = path.into();
        let mut log = Self {
            path,
            endpoint: endpoint.to_string(),
            pushed: HashSet::new(),
            last_complete: None,
            file: None,
        };
        let file = match File::open(&log.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(log),
            Err(source) => {
                return Err(StateError::Read {
                    path: log.path,
                    source,
                })
            }
        };
        for line in BufReader::new(file).lines() {
            let line = line.map_err(|source| StateError::Read {
                path: log.path.clone(),
                source,
            })?;
            let Ok(line) = serde_json::from_str::<Line>(&line) else {
                continue;
            };
            if line.endpoint != log.endpoint {
                continue;
            }
            match (line.op, line.graph) {
                (Op::Put, Some(g)) => {
                    log.pushed.insert(g);
                }
                (Op::Delete, Some(g)) => {
                    log.pushed.remove(&g);
                }
                (Op::Complete, _) => log.last_complete = Some(line.at),
                _ => {}
            }
        }
        Ok(log)
    }

    /// The log's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this graph was pushed (and not removed since).
    pub fn is_pushed(&self, graph: &str) -> bool {
        self.pushed.contains(graph)
    }

    /// The graphs pushed and not removed since.
    pub fn pushed(&self) -> impl Iterator<Item = &str> {
        self.pushed.iter().map(String::as_str)
    }

    /// When the last push to this endpoint completed (RFC 3339, UTC).
    pub fn last_complete(&self) -> Option<&str> {
        self.last_complete.as_deref()
    }

    /// Records that the server now holds this graph.
    pub fn record_put(&mut self, graph: &str) -> Result<(), StateError> {
        self.append(Op::Put, Some(graph))?;
        self.pushed.insert(graph.to_string());
        Ok(())
    }

    /// Records that the server no longer holds this graph.
    pub fn record_delete(&mut self, graph: &str) -> Result<(), StateError> {
        self.append(Op::Delete, Some(graph))?;
        self.pushed.remove(graph);
        Ok(())
    }

    /// Records that a push completed.
    pub fn record_complete(&mut self) -> Result<(), StateError> {
        let at = self.append(Op::Complete, None)?;
        self.last_complete = Some(at);
        Ok(())
    }

    fn append(&mut self, op: Op, graph: Option<&str>) -> Result<String, StateError> {
        let write_err = |source| StateError::Write {
            path: self.path.clone(),
            source,
        };
        if self.file.is_none() {
            let mut file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)
                .map_err(write_err)?;
            // A torn last line is ended, so that the next line is read whole.
            if !ends_with_newline(&self.path).map_err(write_err)? {
                file.write_all(b"\n").map_err(write_err)?;
            }
            self.file = Some(file);
        }
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let line = Line {
            endpoint: self.endpoint.clone(),
            op,
            graph: graph.map(str::to_string),
            at: at.clone(),
        };
        let mut text = serde_json::to_string(&line).unwrap_or_default();
        text.push('\n');
        if let Some(file) = &mut self.file {
            // One write per line: an append-mode write of a short line lands whole.
            file.write_all(text.as_bytes())
                .map_err(|source| StateError::Write {
                    path: self.path.clone(),
                    source,
                })?;
        }
        Ok(at)
    }
}

/// Whether the file is empty or ends with a line feed.
fn ends_with_newline(path: &Path) -> std::io::Result<bool> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = File::open(path)?;
    if file.metadata()?.len() == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_remembers_per_endpoint_and_skips_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.push.jsonl");
        let mut a = PushLog::open(&path, "http://a/store").unwrap();
        a.record_put("g1").unwrap();
        a.record_put("g2").unwrap();
        a.record_delete("g1").unwrap();
        a.record_complete().unwrap();
        let mut b = PushLog::open(&path, "http://b/store").unwrap();
        b.record_put("g3").unwrap();
        drop((a, b));
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"endpoint\":\"http://a/store\",\"op\":\"put\",\"gra")
            .unwrap();

        let mut a = PushLog::open(&path, "http://a/store").unwrap();
        a.record_put("g4").unwrap();
        let a = PushLog::open(&path, "http://a/store").unwrap();
        let mut pushed: Vec<_> = a.pushed().collect();
        pushed.sort();
        assert_eq!(pushed, ["g2", "g4"]);
        assert!(a.last_complete().is_some());
        let b = PushLog::open(&path, "http://b/store").unwrap();
        assert!(b.is_pushed("g3") && !b.is_pushed("g2"));
        assert!(b.last_complete().is_none());
    }

    #[test]
    fn the_default_log_sits_beside_the_store() {
        assert_eq!(
            PushLog::default_path(Path::new("/data/news.db")),
            Path::new("/data/news.db.push.jsonl")
        );
        assert_eq!(
            PushLog::default_path(Path::new("newsgraph.db/")),
            Path::new("newsgraph.db.push.jsonl")
        );
    }
}
