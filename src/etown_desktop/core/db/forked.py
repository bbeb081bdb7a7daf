"""Work forked child processes do for the build while the build goes on (Qt-free).

``db build`` is single-threaded Python; on a machine with two cores, a child forked from it can
compute what the build will need later (it has the loaded tables already: fork copies nothing until
written). Each result is a *stream*: pickled chunks written by the child to an unnamed temporary
file, announced over a pipe when complete; the build reads a stream when it gets there, in order.
The database is still written by the build alone, in the same order with the same values, so the
file is byte for byte the one the in-process way writes. This is the build's one way of forking:
the validation engine's child (``core/db/build.py``: ``_FolderCheck``, one stream: its report) and
the child computing the edition's digest, the figure list's ranks and the search's pieces
(``_ForkedWork``) are both :class:`ForkedStreams`.

Forking is only done where it is safe (:func:`may_fork`): a system with ``fork``, a process with no
other Python thread and no Qt loaded (the command line); elsewhere (Windows, the app) the build
computes everything itself. A child that fails leaves its unfinished streams to the build
(:meth:`ForkedStreams.stream` returns None for them).
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import IO, Any, Protocol


FORK_ENV = "ETOWN_BUILD_FORK"  # "0": never fork (one process, e.g. on a machine with one free core)


def may_fork() -> bool:
    """Whether a child process may be forked here: a system with ``fork``, a process with no other
    Python thread and no Qt loaded (whose own threads could hold a lock the child would need), and
    not turned off by ``ETOWN_BUILD_FORK=0`` (the children cost more CPU in all, 5–30 %: they only
    save time when a second core is free)."""
    return os.environ.get(FORK_ENV, "1") != "0" and hasattr(os, "fork") and \
        threading.active_count() == 1 and not any(name.startswith(("PySide6", "PyQt")) for name in sys.modules)


class Streams(Protocol):
    """What reads a forked child's streams (:class:`ForkedStreams`, or a view of some of them)."""

    def stream(self, i: int) -> Iterator[Any] | None: ...


class ForkedStreams:
    """``work(emit)`` run in a forked child; ``emit(i, chunk)`` appends a chunk to stream ``i`` and
    ``emit(i, None)`` says stream ``i`` is complete (streams complete in order: 0, 1, …)."""

    def __init__(self, count: int, work: Callable[[Callable[[int, Any], None]], None]) -> None:
        self._files: list[IO[bytes]] = [tempfile.TemporaryFile() for _ in range(count)]
        self._complete = 0
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, write, leave without running anything of the parent's
            status = 0
            try:
                os.close(read_fd)

                def emit(i: int, chunk: Any) -> None:
                    if chunk is None:
                        self._files[i].flush()
                        os.write(write_fd, b".")
                    else:
                        pickle.dump(chunk, self._files[i], protocol=pickle.HIGHEST_PROTOCOL)
                work(emit)
            except BaseException:  # noqa: BLE001 - the build computes what is missing itself
                status = 1
            finally:
                os._exit(status)
        os.close(write_fd)
        self._pid, self._read_fd = pid, read_fd

    def stream(self, i: int) -> Iterator[Any] | None:
        """The chunks of stream ``i`` (waiting for the child to complete it), or None when the
        child ended without completing it."""
        while self._complete <= i:
            if self._pid is None or not os.read(self._read_fd, 1):
                self.close()
                return None
            self._complete += 1
        fh = self._files[i]
        fh.seek(0)
        return self._chunks(fh)

    @staticmethod
    def _chunks(fh: IO[bytes]) -> Iterator[Any]:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return

    def close(self) -> None:
        """Stop the child if it still runs; drop the streams' files."""
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except OSError:
                pass
            try:
                os.waitpid(self._pid, 0)
            except OSError:
                pass
            os.close(self._read_fd)
            self._pid = None

    def discard(self) -> None:
        self.close()
        for fh in self._files:
            fh.close()
