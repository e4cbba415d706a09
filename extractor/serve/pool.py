"""The worker pool: each request's document read in an isolated worker process, as in the batch."""

import queue
import shutil
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from extractor.batch.worker_handle import WorkerHandle
from extractor.serve.config import ServeConfig
from extractor.serve.errors import ApiError


@dataclass
class Job:
    task: dict
    folder: Path  # removed by the pool thread once the job is over, whatever the client does
    future: Future
    queued_at: float


class WorkerPool:
    """N threads, each owning one ``WorkerHandle``; jobs from one queue; results as futures."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.jobs: queue.Queue[Job | None] = queue.Queue()
        self.handles = [WorkerHandle(config.limits, log_path=config.worker_log, model=config.model)
                        for _ in range(config.workers)]
        self.threads: list[threading.Thread] = []
        self.start_errors: list[str] = []
        self.ready: set[int] = set()  # handles that have said ready (alive is true from fork on)

    def start(self) -> None:
        for number, handle in enumerate(self.handles):
            thread = threading.Thread(target=self.loop, args=(handle,), name=f"extractor-worker-{number}", daemon=True)
            thread.start()
            self.threads.append(thread)

    def submit(self, task: dict, folder: Path) -> Future:
        if self.jobs.qsize() >= self.config.max_queue:
            raise ApiError("busy", f"{self.jobs.qsize()} documents are waiting; try again later")
        job = Job(task, folder, Future(), time.monotonic())
        self.jobs.put(job)
        return job.future

    def loop(self, handle: WorkerHandle) -> None:
        self.start_handle(handle)
        while (job := self.jobs.get()) is not None:
            try:
                if job.future.set_running_or_notify_cancel():
                    job.future.set_result(self.run_job(handle, job))
            finally:
                shutil.rmtree(job.folder, ignore_errors=True)  # a temp folder; nothing to report if gone
            if not handle.alive:  # it hit a limit: replace it now rather than on the next request
                self.start_handle(handle)
            else:  # ``run`` may have restarted it (after max_docs_per_worker, or a failed start)
                self.ready.add(id(handle))
        handle.close()

    def start_handle(self, handle: WorkerHandle) -> None:
        self.ready.discard(id(handle))
        try:
            handle.start()
        except RuntimeError as exc:  # reported by /health; ``run`` tries again on the next job
            self.start_errors.append(str(exc))
            return
        self.ready.add(id(handle))

    def run_job(self, handle: WorkerHandle, job: Job) -> dict:
        waited = time.monotonic() - job.queued_at
        if waited > self.config.queue_timeout_s:
            return {"status": "error", "code": "busy", "message": f"waited {waited:.0f} s for a worker"}
        try:
            result = handle.run(job.task)
        except RuntimeError as exc:  # the worker could not be (re)started
            return {"status": "error", "code": "unavailable", "message": str(exc)}
        if result.get("status") != "error":
            result["report"] = Path(job.task["output"]).read_text(encoding="utf-8")
        result["queued_s"] = round(waited, 3)
        return result

    def status(self) -> dict:
        return {"workers": len(self.handles), "alive": sum(h.alive and id(h) in self.ready for h in self.handles),
                "queued": self.jobs.qsize(), "start_errors": self.start_errors[-3:]}

    def close(self) -> None:
        for _ in self.threads:
            self.jobs.put(None)
        for thread in self.threads:
            thread.join(self.config.limits.shutdown_timeout_s + 1)
        for handle in self.handles:  # a thread still busy past its time: end its child anyway
            handle.kill()
