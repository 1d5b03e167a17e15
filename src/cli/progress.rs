//! Progress and messages of the input pipeline on stderr, shared by `ingest` and `extract`.

use indicatif::{ProgressBar, ProgressStyle};
use newsgraph::pipeline::Notice;
use std::io::{self, IsTerminal};

/// Show a progress bar only for runs with more files than this.
const PROGRESS_MIN_FILES: usize = 5;

/// Prints the pipeline's notices on stderr, under a progress bar on a terminal for runs with
/// more than [`PROGRESS_MIN_FILES`] files.
pub(crate) struct Reporter {
    bar: Option<ProgressBar>,
}

impl Reporter {
    pub(crate) fn new(files: usize) -> Self {
        let bar = (io::stderr().is_terminal() && files > PROGRESS_MIN_FILES).then(|| {
            let bar = ProgressBar::new(files as u64);
            bar.set_style(
                ProgressStyle::with_template(
                    "{elapsed_precise} [{bar:40}] {pos}/{len} files, {msg} ({eta} left)",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar
        });
        Self { bar }
    }

    pub(crate) fn notice(&self, notice: Notice) {
        let msg = match notice {
            Notice::Failed(msg) => msg,
            Notice::Warning(msg) => format!("warning: {msg}"),
            Notice::SourceDone { articles } => {
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                    bar.set_message(format!("{articles} articles"));
                }
                return;
            }
            _ => return,
        };
        match &self.bar {
            Some(bar) => bar.println(format!("newsgraph: {msg}")),
            None => eprintln!("newsgraph: {msg}"),
        }
    }

    pub(crate) fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
