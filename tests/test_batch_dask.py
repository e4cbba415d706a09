"""The dask engine against a ``distributed.LocalCluster``: same records, same isolation."""
from __future__ import annotations

import pytest

from extractor.batch import run_batch
from extractor.batch.limits import Limits
from extractor.batch.manifest import iter_records

distributed = pytest.importorskip("distributed")


def test_batch_dask_local_cluster(badfiles_dir, tmp_path):
    inputs = [badfiles_dir / "crafted/good.pdf", badfiles_dir / "crafted/xxe.docx",
              badfiles_dir / "public/pdf.js__freeculture.pdf", badfiles_dir / "crafted/good.docx"]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        summary = run_batch(inputs, tmp_path, workers=2, limits=Limits(timeout_s=3), engine="dask",
                            scheduler=cluster.scheduler_address, progress="quiet")
    records = {r.output: r for r in iter_records(tmp_path / "manifest.jsonl")}
    assert set(records) == {f"{p.name}.json" for p in inputs}
    assert records["good.pdf.json"].status == "ok" and (tmp_path / "good.pdf.json").exists()
    assert records["good.docx.json"].status == "ok"
    assert records["xxe.docx.json"].code == "unsafe_content"
    assert records["pdf.js__freeculture.pdf.json"].code == "timeout"
    assert summary["processed"] == 4


def test_batch_dask_needs_a_scheduler(tmp_path, badfiles_dir):
    from extractor.batch import BatchUsageError

    with pytest.raises(BatchUsageError):
        run_batch([badfiles_dir / "crafted/good.pdf"], tmp_path, engine="dask", progress="quiet")


def test_batch_dask_unreachable_scheduler_is_one_line(tmp_path, badfiles_dir):
    from typer.testing import CliRunner

    from extractor.cli import app

    result = CliRunner().invoke(app, ["batch", str(badfiles_dir / "crafted/good.pdf"), "--out", str(tmp_path),
                                      "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the dask scheduler" in result.output and "Traceback" not in result.output
