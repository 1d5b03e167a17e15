//! Extraction throughput on the two sample articles, in bytes per second.
//!
//! Run with `cargo bench --bench extract`; compare runs with criterion's own baselines
//! (`--save-baseline` / `--baseline`). For an A/B that must not drift with machine noise, count
//! instructions instead: `valgrind --tool=callgrind target/release/deps/extract-* --bench`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsgraph::extract::extract_text;
use std::path::Path;

fn sample_articles() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/articles exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("sample article is UTF-8");
            (name, text)
        })
        .collect()
}

fn bench_extract(c: &mut Criterion) {
    let articles = sample_articles();
    let mut group = c.benchmark_group("extract");
    for (name, text) in &articles {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| extract_text(black_box(text), None))
        });
    }
    let total: usize = articles.iter().map(|(_, t)| t.len()).sum();
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("both", |b| {
        b.iter(|| {
            for (_, text) in &articles {
                black_box(extract_text(black_box(text), None));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
