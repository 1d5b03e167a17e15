//! Opening the store the way every command must: a writer never writes into someone else's
//! directory, a reader never creates an empty store and starts again on a fresh view when a
//! running ingest compacted away a file it had not read yet.

use anyhow::{bail, Context, Result};
use newsgraph::store::GraphStore;
use std::path::Path;

/// Opens (or creates) the store for writing.
pub(crate) fn open_store(path: &Path) -> Result<GraphStore> {
    // A directory with other things in it is someone else's: never write a database into it.
    let foreign = path.is_dir()
        && !is_store(path)
        && std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_some());
    if foreign {
        bail!(
            "{} is not a newsgraph store and not empty: choose another --store",
            path.display()
        );
    }
    GraphStore::open(path).with_context(|| format!("cannot open the store at {}", path.display()))
}

/// Whether a directory holds a store's database (RocksDB's `CURRENT` file).
fn is_store(path: &Path) -> bool {
    path.join("CURRENT").is_file()
}

/// Opens a store that must exist already: reading commands do not create empty stores.
pub(crate) fn open_existing_store(path: &Path) -> Result<GraphStore> {
    if !path.exists() {
        bail!(
            "no store at {} (run `newsgraph ingest PATH...` first, or pass --store)",
            path.display()
        );
    }
    if !is_store(path) {
        bail!("{} is not a newsgraph store", path.display());
    }
    // Read-only: no lock and no file written, so reading works beside a running ingest and on
    // read-only media (see the store module's docs).
    GraphStore::open_read_only(path)
        .with_context(|| format!("cannot open the store at {}", path.display()))
}

/// Attempts of a reading command whose view of the store lost a file to a running ingest.
const READ_ATTEMPTS: u32 = 5;

/// Runs `read` on a read-only view of the store; when a file of that view vanished (an ingest in
/// another process compacted it away before this reader opened it), again on a fresh view.
pub(crate) fn read_store<T>(
    path: &Path,
    mut read: impl FnMut(&GraphStore) -> Result<T>,
) -> Result<T> {
    let mut attempt = 1;
    loop {
        let store = open_existing_store(path)?;
        match read(&store) {
            Err(err) if attempt < READ_ATTEMPTS && vanished(&err) => attempt += 1,
            done => return done,
        }
    }
}

/// Whether an error comes from a file of the store that vanished under a reader.
pub(crate) fn vanished(err: &anyhow::Error) -> bool {
    err.chain().any(newsgraph::store::is_vanished_file)
}
