"""Ending a speech worker's whole process group at once, and checking that it is gone.

A worker runs in its own session (so its own process group, id = its pid);
the audio player it starts is in the same group. Ending the group with one
killpg() silences the player immediately, whatever the worker is doing.

"Gone" means no process of the group is still running. A process that has
exited but not yet been reaped (a zombie) makes no sound and holds no
device, so it does not count; os.killpg(pgid, 0) would still see it, which
is why this reads /proc.

No Qt here: the tests and the benchmark use it too.
"""
from __future__ import annotations

import os
import signal
import time

TERM_GRACE_S = 0.05  # after SIGTERM, how long the group gets before SIGKILL


def members(pgid: int) -> list[int]:
    """Pids of the running (not zombie) processes whose process group is `pgid`."""
    if not exists(pgid):
        return []  # the common case, answered without reading /proc
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as stat_file:
                stat = stat_file.read().decode("ascii", "replace")
        except OSError:
            continue  # exited while we looked
        # Fields after the command name, which may itself contain spaces and parentheses.
        fields = stat[stat.rindex(")") + 2:].split()
        state, group = fields[0], int(fields[2])
        if group == pgid and state not in ("Z", "X"):
            found.append(int(name))
    return found


def exists(pgid: int) -> bool:
    """Whether any process (zombies included) is still in the group."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def signal_group(pgid: int, signum: int) -> bool:
    """Send `signum` to the group; False if the group no longer exists."""
    try:
        os.killpg(pgid, signum)
    except ProcessLookupError:
        return False
    return True


def end_group(pgid: int, grace: float = TERM_GRACE_S) -> float:
    """SIGTERM the group, SIGKILL whatever is left after `grace` seconds; the seconds until it was gone."""
    started = time.perf_counter()
    if not signal_group(pgid, signal.SIGTERM):
        return 0.0
    deadline = started + grace
    killed = False
    while members(pgid):
        now = time.perf_counter()
        if now >= deadline:
            if killed:
                break  # stuck in the kernel (uninterruptible I/O): it dies when that returns; never hang the GUI
            signal_group(pgid, signal.SIGKILL)
            killed, deadline = True, now + grace
        time.sleep(0.001)
    return time.perf_counter() - started
