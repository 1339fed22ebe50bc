"""Database work off the GUI thread, with answers delivered on the GUI thread.

A `TaskRunner` owns one worker thread and whatever that thread needs (a
sqlite3 connection: connections belong to the thread that opened them, so
the worker opens its own). Work is queued in order; each job's success or
failure callback runs later on the GUI thread, never in the worker, so jobs
never touch widgets.

Jobs carry a `key` ("search", "facets"...). A new job with the same key makes
the older ones stale: a queued stale job is skipped, a running one is
interrupted (the `interrupt` function, e.g. `sqlite3.Connection.interrupt`,
is safe to call from another thread), and a stale job's result is dropped,
so an old answer never overwrites a newer one on screen. (Anki's
`CollectionOp` is the model; desktop/search_runner.py is a specialised
runner for the search pipeline.)
"""
from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

R = TypeVar("R")
_log = logging.getLogger(__name__)
_PROGRESS_STEPS = 5000  # sqlite VM instructions between staleness checks


@dataclass(eq=False)
class Job:
    """A queued piece of work; `cancel()` drops it (and its callbacks) if it has not reported yet."""

    number: int
    key: str
    generation: int
    work: Callable[[Any], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    context: QObject | None
    runner: TaskRunner[Any] = field(repr=False)
    cancelled: bool = False

    def cancel(self) -> None:
        """Do not run this job (if still queued) and do not report its result."""
        self.cancelled = True

    @property
    def stale(self) -> bool:
        """Cancelled, or overtaken by a newer job with the same key."""
        return self.cancelled or self.runner.generation(self.key) != self.generation


class TaskRunner(QObject, Generic[R]):
    """One worker thread running jobs in order over a resource it opens itself.

    `open_resource()` runs in the worker before the first job (e.g. opening a
    read-only catalogue connection); `close_resource(resource)` runs in the
    worker at shutdown; `interrupt(resource)` is called from the GUI thread
    to cut short a running job that has become stale.
    """

    _finished = Signal(object, bool, object)  # job, ok, result or exception (worker -> GUI thread)

    def __init__(self, *, open_resource: Callable[[], R] | None = None,
                 close_resource: Callable[[R], None] | None = None,
                 interrupt: Callable[[R], None] | None = None,
                 name: str = "zhumeng-tasks", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open = open_resource
        self._close = close_resource
        self._interrupt = interrupt
        self._queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._generations: dict[str, int] = {}
        self._numbers = 0
        self._lock = threading.Lock()
        self._running: Job | None = None
        self._resource: Any = None
        self._resource_ready = threading.Event()
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def generation(self, key: str) -> int:
        """How many jobs have been submitted under `key` (the newest job's generation)."""
        return self._generations.get(key, 0)

    def submit(self, work: Callable[[R], Any], *, key: str = "default",
               on_success: Callable[[Any], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None,
               context: QObject | None = None) -> Job:
        """Queue `work(resource)`; its result goes to `on_success`, an exception to `on_failure`.

        Submitting makes every earlier job with the same `key` stale. If
        `context` (a widget) is deleted before the job reports, nothing is
        reported.
        """
        if not self._thread.is_alive():
            raise RuntimeError("the task runner has been shut down")
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation
        self._numbers += 1
        job = Job(self._numbers, key, generation, work, on_success, on_failure, context, self)
        self._interrupt_if_stale()
        self._queue.put(job)
        return job

    def cancel(self, key: str = "default") -> None:
        """Make every job with `key` stale: skipped if queued, interrupted if running, never reported."""
        self._generations[key] = self._generations.get(key, 0) + 1
        self._interrupt_if_stale()

    def _interrupt_if_stale(self) -> None:
        # Under the lock, so the worker cannot start the next (fresh) job while we interrupt the stale one.
        with self._lock:
            running = self._running
            if running is not None and running.stale and self._interrupt is not None \
                    and not isinstance(self._resource, Exception):
                self._interrupt(self._resource)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Interrupt running work, stop the worker and close the resource there; True if it stopped in time."""
        for key in list(self._generations):
            self.cancel(key)
        self._queue.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # Worker thread
    def current_job_stale(self) -> bool:
        """From inside a job: has it been overtaken or cancelled? (Long jobs may stop early.)"""
        running = self._running  # one attribute read: no lock needed
        return running is not None and running.stale

    def _open_resource(self) -> None:
        # Opened lazily on the first job, so open_resource may refer to the finished runner.
        try:
            self._resource = self._open() if self._open is not None else None
        except Exception as error:  # noqa: BLE001 - reported to every job instead
            self._resource = error
        self._resource_ready.set()

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                break
            if job.stale:
                continue
            if not self._resource_ready.is_set():
                self._open_resource()
            with self._lock:
                self._running = job
            try:
                if isinstance(self._resource, Exception):
                    raise self._resource
                ok, result = True, job.work(self._resource)
            except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
                ok, result = False, error
            finally:
                with self._lock:
                    self._running = None
            self._finished.emit(job, ok, result)
        if self._close is not None and not isinstance(self._resource, Exception) and self._resource is not None:
            try:
                self._close(self._resource)
            except Exception:  # noqa: BLE001 - closing at exit must not raise
                _log.exception("closing the task runner's resource failed")

    # GUI thread
    @Slot(object, bool, object)
    def _deliver(self, job: Job, ok: bool, result: Any) -> None:
        if job.stale:
            return
        if job.context is not None and not shiboken6.isValid(job.context):
            return
        if ok:
            if job.on_success is not None:
                job.on_success(result)
        elif job.on_failure is not None:
            job.on_failure(result)
        else:
            _log.error("background job %s failed", job.key, exc_info=result)


def sqlite_runner(connect: Callable[[], sqlite3.Connection], *, name: str = "zhumeng-db",
                  parent: QObject | None = None) -> TaskRunner[sqlite3.Connection]:
    """A TaskRunner over a connection opened by `connect()` in the worker.

    Stale queries stop promptly: besides `Connection.interrupt` (which misses
    a statement that has not started yet), a progress handler aborts any
    statement of a stale job within a few thousand VM steps.
    """
    def open_connection() -> sqlite3.Connection:
        conn = connect()
        conn.set_progress_handler(lambda: 1 if runner.current_job_stale() else 0, _PROGRESS_STEPS)
        return conn

    runner: TaskRunner[sqlite3.Connection] = TaskRunner(
        open_resource=open_connection, close_resource=sqlite3.Connection.close,
        interrupt=sqlite3.Connection.interrupt, name=name, parent=parent)
    return runner
