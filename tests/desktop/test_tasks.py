"""TaskRunner: database work in a worker thread, answers on the GUI thread, stale work interrupted and dropped."""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from desktop.tasks import TaskRunner, sqlite_runner

# A query that runs for many seconds unless interrupted.
SLOW = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000000) SELECT count(*) FROM n"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "catalogue.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE positions (id INTEGER PRIMARY KEY, title TEXT)")
    conn.executemany("INSERT INTO positions (title) VALUES (?)", [("客服专员",), ("数据标注员",), ("主播",)])
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def runner(qtbot, database: Path):
    closed: list[str] = []

    def open_resource() -> sqlite3.Connection:
        # Opened in the worker; sqlite3 refuses use from any other thread, so misuse would fail loudly.
        return sqlite3.connect(f"file:{database}?mode=ro", uri=True)

    def close_resource(conn: sqlite3.Connection) -> None:
        conn.close()
        closed.append(threading.current_thread().name)

    task_runner = TaskRunner(open_resource=open_resource, close_resource=close_resource,
                             interrupt=sqlite3.Connection.interrupt, name="db-worker")
    opened: list[int] = []
    task_runner.submit(count, on_success=opened.append)  # opens the connection now
    qtbot.waitUntil(lambda: opened == [3])
    task_runner.closed = closed
    yield task_runner
    task_runner.shutdown()


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM positions").fetchone()[0]


def test_result_arrives_on_the_gui_thread(qtbot, runner) -> None:
    answers: list[tuple[int, bool]] = []
    runner.submit(count, on_success=lambda n: answers.append((n, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: answers == [(3, True)])


def test_failure_arrives_on_the_gui_thread_with_the_exception(qtbot, runner) -> None:
    errors: list[BaseException] = []
    runner.submit(lambda conn: conn.execute("SELECT * FROM no_such_table"), on_failure=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], sqlite3.OperationalError)
    assert "no_such_table" in str(errors[0])


def test_a_newer_search_interrupts_the_running_one_and_only_it_answers(qtbot, runner) -> None:
    answers: list[object] = []
    failures: list[BaseException] = []
    started = threading.Event()

    def slow(conn: sqlite3.Connection) -> int:
        # Signal from inside the running statement, so the interrupt finds it running.
        conn.create_function("running", 1, lambda i: started.set() or i)
        return conn.execute(SLOW.replace("count(*)", "count(running(i))")).fetchone()[0]

    runner.submit(slow, key="search", on_success=answers.append, on_failure=failures.append)
    assert started.wait(5)
    runner.submit(count, key="search", on_success=answers.append, on_failure=failures.append)
    qtbot.waitUntil(lambda: answers == [3], timeout=5000)
    assert failures == []  # the interrupted query's error is dropped with it


def test_sqlite_runner_stops_a_stale_query_even_before_it_starts(qtbot, database: Path) -> None:
    runner = sqlite_runner(lambda: sqlite3.connect(f"file:{database}?mode=ro", uri=True))
    answers: list[object] = []
    failures: list[BaseException] = []
    gate = threading.Event()

    def slow(conn: sqlite3.Connection) -> int:
        gate.wait(5)  # the newer request arrives before this statement starts
        return conn.execute(SLOW).fetchone()[0]

    runner.submit(slow, key="search", on_success=answers.append, on_failure=failures.append)
    qtbot.waitUntil(lambda: runner._running is not None)
    runner.submit(count, key="search", on_success=answers.append, on_failure=failures.append)
    gate.set()
    qtbot.waitUntil(lambda: answers == [3], timeout=5000)
    assert failures == []
    assert runner.shutdown()


def test_queued_stale_jobs_are_skipped(qtbot, runner) -> None:
    ran: list[str] = []
    gate = threading.Event()
    runner.submit(lambda conn: gate.wait(5), key="other")
    for word in ("客", "客服", "客服专"):
        runner.submit(lambda conn, w=word: ran.append(w) or w, key="search")
    gate.set()
    done: list[str] = []
    runner.submit(lambda conn: "last", key="search", on_success=done.append)
    qtbot.waitUntil(lambda: done == ["last"])
    assert ran == []  # every older keystroke was overtaken before it ran


def test_different_keys_do_not_cancel_each_other(qtbot, runner) -> None:
    answers: list[str] = []
    runner.submit(lambda conn: "ids", key="ids", on_success=answers.append)
    runner.submit(lambda conn: "facets", key="facets", on_success=answers.append)
    qtbot.waitUntil(lambda: sorted(answers) == ["facets", "ids"])


def test_cancel_drops_the_answer(qtbot, runner) -> None:
    answers: list[int] = []
    gate = threading.Event()
    runner.submit(lambda conn: gate.wait(5), key="gate")
    job = runner.submit(count, key="search", on_success=answers.append)
    runner.cancel("search")
    assert job.stale
    gate.set()
    marker: list[int] = []
    runner.submit(count, key="after", on_success=marker.append)
    qtbot.waitUntil(lambda: marker == [3])
    assert answers == []


def test_no_answer_for_a_widget_that_is_gone(qtbot, runner) -> None:
    label = QLabel()
    answers: list[int] = []
    gate = threading.Event()
    runner.submit(lambda conn: gate.wait(5), key="gate")
    runner.submit(count, on_success=lambda n: answers.append(n), context=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    gate.set()
    marker: list[int] = []
    runner.submit(count, key="after", on_success=marker.append)
    qtbot.waitUntil(lambda: marker == [3])
    assert answers == []


def test_shutdown_closes_the_connection_in_the_worker(runner) -> None:
    assert runner.shutdown()
    assert runner.closed == ["db-worker"]
    with pytest.raises(RuntimeError):
        runner.submit(count)


def test_a_connection_that_cannot_open_fails_every_job(qtbot, qapp, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    broken = TaskRunner(open_resource=lambda: sqlite3.connect(f"file:{missing}?mode=ro", uri=True))
    errors: list[BaseException] = []
    broken.submit(count, on_failure=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], sqlite3.OperationalError)
    broken.shutdown()
