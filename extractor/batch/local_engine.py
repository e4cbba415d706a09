"""The local engine: the batch's documents on this machine, each in an isolated worker process."""
from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

from extractor.batch.folder import LOG_NAME, BatchAborted
from extractor.batch.limits import Limits
from extractor.batch.plan import Task
from extractor.settings import Settings


class LocalEngine:
    """N threads, each driving one reusable isolated worker process."""

    def __init__(self, workers: int, limits: Limits, out_dir: Path, settings: Settings, model: str | None):
        self.workers = max(1, workers)
        self.limits = limits
        self.out_dir = out_dir
        self.settings = settings
        self.model = model
        self.handles: list = []
        self.threads: list[threading.Thread] = []
        self.stopping = threading.Event()

    def iter_results(self, tasks: list[Task]) -> Iterator[tuple[Task, dict]]:
        from extractor.batch.worker_handle import WorkerHandle

        todo: queue.Queue[Task] = queue.Queue()
        for task in tasks:
            todo.put(task)
        results: queue.Queue = queue.Queue()
        count = min(self.workers, len(tasks))
        self.handles = [WorkerHandle(self.limits, self.out_dir / LOG_NAME, self.model) for _ in range(count)]
        self.threads = [threading.Thread(target=self.drive, args=(handle, todo, results), daemon=True)
                        for handle in self.handles]
        for thread in self.threads:
            thread.start()
        finished = 0
        while finished < count:
            try:
                item = results.get(timeout=0.5)
            except queue.Empty:
                continue
            if item is None:
                finished += 1
            elif isinstance(item, BaseException):
                raise BatchAborted(str(item)) from item
            else:
                yield item

    def drive(self, handle, todo: queue.Queue, results: queue.Queue) -> None:
        try:
            while not self.stopping.is_set():
                try:
                    task = todo.get_nowait()
                except queue.Empty:
                    break
                results.put((task, handle.run(task.to_child(self.out_dir, self.settings, self.model))))
        except (RuntimeError, OSError) as exc:  # a worker that cannot start (or fork): stop the batch, say why
            results.put(exc)
        finally:
            handle.close()
            results.put(None)

    def stop(self) -> None:
        """No new task; kill the workers' process trees and let each driving thread reap its
        own (two threads closing one handle raced: a traceback at Ctrl-C)."""
        self.stopping.set()
        for handle in self.handles:
            handle.interrupt()
        for thread in self.threads:
            thread.join(timeout=self.limits.shutdown_timeout_s)

    @property
    def startup_s(self) -> list[float]:
        return [s for h in self.handles for s in h.startup_s]
