"""Scale-out recipes of docs/scale-out.md: Dask and PySpark give the same events as read_log on the same files.

The recipes' functions are defined here at module level exactly as the docs show
them, so that the workers can unpickle them (cloudpickle sends module-level
functions of a test module by value).
"""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import bouncelib
from bouncelib.models import RECORD_KEYS

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "docs" / "sample" / "mail.log.gz"


def _read_log() -> Any:
    fn = getattr(bouncelib, "read_log", None)
    if fn is None:
        from bouncelib._log.reader import read_log

        fn = read_log
    return fn


def read_files(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One partition = some files, each read whole by read_log (the docs' recipe)."""
    from bouncelib import read_log

    for path in paths:
        for event in read_log(path):
            yield event.to_record()


def read_files_list(paths: Iterable[str]) -> list[dict[str, Any]]:
    """Dask's distributed scheduler pickles a partition's result: it must be a list, not a generator."""
    return list(read_files(paths))


def records_of_lines(lines: Iterable[str]) -> list[dict[str, Any]]:
    """The docs' line-based recipe: parse_lines over a partition of lines."""
    from bouncelib import parse_lines

    return [event.to_record() for event in parse_lines(lines)]


def to_frame(records: Iterable[dict[str, Any]]) -> list[Any]:
    return [bouncelib.to_pandas(records)]


@pytest.fixture(scope="module")
def log_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The sample log split by date into three files, as daily rotation would (no queue spans two files)."""
    out = tmp_path_factory.mktemp("logs")
    lines = gzip.decompress(SAMPLE.read_bytes()).decode().splitlines(keepends=True)
    chunks: list[list[str]] = [[], [], []]
    for line in lines:
        day = int(line[8:10])
        chunks[0 if day < 9 else 1 if day < 16 else 2].append(line)
    paths = []
    for i, chunk in enumerate(chunks):
        p = out / f"mail.log.{i}"
        p.write_text("".join(chunk))
        paths.append(str(p))
    return paths


def _expected(paths: list[str]) -> list[dict[str, Any]]:
    read_log = _read_log()
    per_file = [e.to_record() for p in paths for e in read_log(p)]
    together = [e.to_record() for e in read_log(paths)]
    assert per_file == together  # the split keeps every queue inside one file
    assert len(per_file) > 1000
    return per_file


def test_read_files_recipe_matches_read_log(log_files: list[str]) -> None:
    assert list(read_files(log_files)) == _expected(log_files)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_dask_bag_on_local_distributed_scheduler(log_files: list[str]) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    if not hasattr(bouncelib, "read_log") or not hasattr(bouncelib, "parse_lines"):
        pytest.skip("bouncelib.read_log / parse_lines are not exported yet")
    expected = _expected(log_files)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        # Recipe 1: one partition per file, each file read whole by read_log.
        bag = db.from_sequence(log_files, npartitions=len(log_files)).map_partitions(read_files_list)
        assert client.compute(bag).result(timeout=120) == expected
        # Recipe 2: dask reads the text (one partition per file: blocksize=None), parse_lines parses it.
        lines_bag = db.read_text(log_files, blocksize=None).map_partitions(records_of_lines)
        assert client.compute(lines_bag).result(timeout=120) == expected
        # And into a DataFrame per partition with bouncelib's dtypes.
        frames = client.compute(bag.map_partitions(to_frame)).result(timeout=120)
        assert sum(len(f) for f in frames) == len(expected)
        assert list(frames[0].columns) == list(RECORD_KEYS)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_pyspark_map_partitions_over_files(log_files: list[str]) -> None:
    pytest.importorskip("pyspark")
    if os.system("java -version >/dev/null 2>&1") != 0:
        pytest.skip("no Java runtime for Spark")
    from pyspark import cloudpickle
    from pyspark.sql import SparkSession

    # Spark's Python workers do not have tests/ on their path: send this module's functions by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    expected = _expected(log_files)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("bouncelib-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    try:
        spark.sparkContext.setLogLevel("ERROR")
        rdd = spark.sparkContext.parallelize(log_files, len(log_files)).mapPartitions(read_files)
        assert rdd.collect() == expected
    finally:
        spark.stop()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_log_jobs_output_is_each_file_read_alone_in_order(
    log_files: list[str], fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``bouncelib log -j 2``: the workers encode their own output; the parent writes it in file order."""
    from bouncelib.cli import main

    alone = []
    for path in log_files:
        assert main(["log", "--format", fmt, path]) == 0
        alone.append(capsys.readouterr().out)
    if fmt == "csv":  # one header, then every file's rows
        alone = [alone[0], *(text.partition("\n")[2] for text in alone[1:])]
    assert main(["log", "--format", fmt, "-j", "2", *log_files]) == 0
    assert capsys.readouterr().out == "".join(alone)
