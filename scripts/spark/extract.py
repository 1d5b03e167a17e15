#!/usr/bin/env python3
"""Extract a JSON Lines corpus into N-Quads on Apache Spark, then (optionally) load them.

`newsgraph extract -` is a pure function from articles to quads with deterministic IRIs, so
shards need no coordination: each Spark partition of the corpus is piped through it (one
process per partition, using every core it is given) and written as one N-Quads file,
`OUTPUT/part-NNNNN`. With `--store`, `newsgraph load OUTPUT` then stores them as a
single-machine `newsgraph ingest` of the same corpus would (same quads, same bundled query
results): partitions keep the corpus order, and `load` regroups the quads into articles.

    python3 scripts/spark/extract.py corpus.jsonl out/ --store news.db            # local mode
    spark-submit --master yarn scripts/spark/extract.py hdfs:///corpus/ hdfs:///nq/ --ship

One JSON object per line: {"text", "title", "date", "url", "source", "id"}. See README.md,
"Past one machine".
"""

import argparse
import os
import shutil
import subprocess
import sys
import threading


def extract_partition(binary, ship):
    """A mapPartitions function: pipes the partition's lines through `newsgraph extract -`."""

    def run(lines):
        lines = iter(lines)
        first = next(lines, None)
        if first is None:  # an empty partition: extract would call empty input an error
            return
        program = binary
        if ship:
            from pyspark import SparkFiles

            program = SparkFiles.get(os.path.basename(binary))
            os.chmod(program, 0o755)
        proc = subprocess.Popen(
            [program, "extract", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # Bad articles are reported on stderr, which Spark keeps in the executor's log.
            stderr=None,
        )

        def feed():
            try:
                proc.stdin.write(first.encode("utf-8") + b"\n")
                for line in lines:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
            finally:
                proc.stdin.close()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for quad in proc.stdout:
            yield quad.decode("utf-8").rstrip("\n")
        writer.join()
        # 1: some articles could not be read (reported, the others extracted); 2: an error.
        if proc.wait() not in (0, 1):
            raise RuntimeError(f"newsgraph extract failed with status {proc.returncode}")

    return run


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines file(s) or directory, any Spark path")
    parser.add_argument("output", help="directory for the N-Quads, one part file per partition")
    parser.add_argument("--partitions", type=int, default=None, help="minimum number of partitions")
    parser.add_argument("--newsgraph", default=shutil.which("newsgraph") or "newsgraph",
                        help="the newsgraph binary [default: the one on PATH]")
    parser.add_argument("--ship", action="store_true",
                        help="send the binary to the executors with the job (on a cluster)")
    parser.add_argument("--store", help="then load the N-Quads into this store (local output only)")
    parser.add_argument("--master", default=None, help="Spark master [default: local[*] "
                        "unless spark-submit sets one]")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsgraph-extract")
    if args.master or not os.environ.get("SPARK_ENV_LOADED"):
        builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        binary = os.path.abspath(args.newsgraph) if os.path.exists(args.newsgraph) else args.newsgraph
        if args.ship:
            sc.addFile(binary)
        lines = sc.textFile(args.corpus, minPartitions=args.partitions)
        lines.mapPartitions(extract_partition(binary, args.ship)).saveAsTextFile(args.output)
    finally:
        spark.stop()

    if args.store:
        subprocess.run([args.newsgraph, "--store", args.store, "load", args.output], check=True)


if __name__ == "__main__":
    sys.exit(main())
