"""Check many files on several cores: fork, split the work, and merge the results in order.

Only where ``os.fork`` exists and is safe (Linux); elsewhere, and for small batches, the
caller's function simply runs in this process. The parent is one of the workers, so two
cores need one child. A child inherits everything already loaded (the rule pack, the read
inputs), checks every n-th item, and sends its results back pickled through a pipe. Rule
objects are not copied: they travel as their index in ``shared`` and come back as the
parent's own objects. A child that fails in any way only costs
time: the parent then does that share of the work itself, so the results never depend on
whether a run was split.
"""

from __future__ import annotations

import contextlib
import copyreg
import gc
import io
import os
import signal
import sys
from collections.abc import Callable, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items per worker, forking costs more than it saves (a file takes a few
# milliseconds to check; a fork and the transfer of its results about ten).
MIN_PER_WORKER = 16
MAX_WORKERS = 8


def cores() -> int:
    """The cores this process may use (its CPU affinity, where the system tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def workers_for(count: int, jobs: int) -> int:
    """How many processes check ``count`` items: ``jobs`` (0 = as many as there are cores;
    fkcheck's default is 1, see docs/PERFORMANCE.md),
    at most one per ``MIN_PER_WORKER`` items, and one where forking is not available."""
    if not hasattr(os, "fork") or sys.platform != "linux":
        return 1
    wanted = jobs if jobs > 0 else min(cores(), MAX_WORKERS)
    return max(1, min(wanted, count // MIN_PER_WORKER))


def map_ordered(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    shared: Sequence[object] = (),
) -> list[Result]:
    """``[work(item) for item in items]``, computed by ``workers`` processes."""
    if workers <= 1:
        return [work(item) for item in items]
    for stream in (sys.stdout, sys.stderr):  # a child must not repeat buffered output
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    children = [_spawn(work, items, workers, share, shared) for share in range(1, workers)]
    results: list[Result | None] = [None] * len(items)
    try:
        for index in range(0, len(items), workers):  # share 0 is the parent's own
            results[index] = work(items[index])
        for share, child in enumerate(children, start=1):
            done = _collect(child, shared)
            children[share - 1] = None  # reaped
            indices = range(share, len(items), workers)
            if done is None or len(done) != len(indices):
                done = [work(items[index]) for index in indices]
            for index, result in zip(indices, done, strict=True):
                results[index] = result
    finally:  # interrupted (a signal, an error): no child outlives the run
        for child in children:
            _stop(child)
    return results  # type: ignore[return-value]  # every slot is filled above


def _spawn(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    share: int,
    shared: Sequence[object],
) -> tuple[int, int] | None:
    """Fork a child for every ``workers``-th item from ``share``; (pid, read end) or None."""
    try:
        read, write = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid:
        os.close(write)
        return pid, read
    # The child: never return into the caller, never run its exit handlers.
    status = 1
    try:
        os.close(read)
        for signum in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
            if signum is not None:  # the parent reports an interruption; a child just stops
                signal.signal(signum, signal.SIG_DFL)
        done = [work(items[index]) for index in range(share, len(items), workers)]
        buffer = io.BytesIO()
        _dump(done, buffer, shared)
        view = memoryview(buffer.getbuffer())
        while view:
            view = view[os.write(write, view) :]
        status = 0
    except BaseException:  # anything at all: the parent redoes this share
        status = 1
    finally:
        os._exit(status)


def _stop(child: tuple[int, int] | None) -> None:
    if child is None:
        return
    pid, read = child
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.waitpid(pid, 0)
    with contextlib.suppress(OSError):
        os.close(read)


def _collect(child: tuple[int, int] | None, shared: Sequence[object]) -> list[Any] | None:
    """The results a child sent, or None when it failed (the parent then does its share)."""
    if child is None:
        return None
    pid, read = child
    chunks = []
    try:
        with os.fdopen(read, "rb") as stream:
            while chunk := stream.read(1 << 20):
                chunks.append(chunk)
    except OSError:
        chunks = []
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 1
    if status != 0 or not chunks:
        return None
    try:
        loaded = _load(b"".join(chunks), shared)
    except Exception:  # a damaged transfer: redo the share
        return None
    return loaded if isinstance(loaded, list) else None


# The objects of the parent that results refer to, while a child's results are read back.
_SHARED: Sequence[object] = ()


def _shared(index: int) -> object:
    return _SHARED[index]


def _proxy(content: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(content)


def _dump(results: list[Any], stream: io.BytesIO, shared: Sequence[object]) -> None:
    """Pickle ``results``; an object of ``shared`` becomes a reference to the parent's own.

    The reducers are looked up by type (``dispatch_table``), so only shared objects and
    read-only views (a problem's parameters) cost a Python call.
    """
    index = {id(obj): position for position, obj in enumerate(shared)}

    def by_reference(obj: Any) -> Any:
        position = index.get(id(obj))
        return (_shared, (position,)) if position is not None else obj.__reduce_ex__(protocol)

    def proxy(view: MappingProxyType[Any, Any]) -> Any:
        return _proxy, (dict(view),)

    import pickle  # here: a run that does not split never needs it (start-up time)

    protocol = pickle.HIGHEST_PROTOCOL
    pickler = pickle.Pickler(stream, protocol=protocol)
    table: dict[type, Any] = dict(copyreg.dispatch_table)
    table.update({type(obj): by_reference for obj in shared})
    table[MappingProxyType] = proxy
    pickler.dispatch_table = table
    pickler.dump(results)


def _load(data: bytes, shared: Sequence[object]) -> Any:
    """Unpickle a child's results. The cyclic garbage collector is paused meanwhile: the
    results are tens of thousands of new objects, none of them garbage, and collecting
    while they arrive would take twice as long as reading them."""
    import pickle

    global _SHARED
    _SHARED = shared
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        _SHARED = ()
        if collecting:
            gc.enable()
