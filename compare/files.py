"""Writing report files without ever leaving a half-written one behind.

Only regular files are written: a device or FIFO named as the output is
refused (replacing /dev/null with a report would break the system), a symlink
is written through to its target, and a replaced file keeps its permissions.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import TextIO

from compare.errors import ClaimdiffError

_TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class _Terminated(BaseException):
    """A termination signal arrived while writing: unwind so the temp file goes."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _problem(error: OSError) -> str:
    if error.errno == errno.ENAMETOOLONG:
        return "file name too long"
    if error.errno == errno.ENOSPC:
        return "cannot write (no space left on device)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot write (permission denied)"
    return f"cannot write ({error.strerror or error})"


def target_of(path: Path) -> tuple[Path, os.stat_result | None]:
    """Where writing `path` lands (symlinks followed) and the file there now."""
    try:
        target = Path(os.path.realpath(path))
        current = os.stat(target)
    except FileNotFoundError:
        return target, None
    except OSError as error:
        raise ClaimdiffError(f"{path}: {_problem(error)}") from None
    if stat.S_ISDIR(current.st_mode):
        raise ClaimdiffError(f"{path}: is a directory; give a file name")
    if not stat.S_ISREG(current.st_mode):
        raise ClaimdiffError(f"{path}: not a regular file; give a file name to write")
    return target, current


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _signals_unwind() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into an exception for the duration (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise _Terminated(signum)

    previous = {sig: signal.signal(sig, handler) for sig in _TERMINATING}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextlib.contextmanager
def writer(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside the target, then rename it into place, so
    a failure or a kill leaves the old file (or none) rather than a truncated one."""
    path = Path(path)
    target, current = target_of(path)
    temp: str | None = None
    try:
        with _signals_unwind():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, temp = tempfile.mkstemp(
                    prefix=f".{target.name[:100]}.", suffix=".tmp", dir=target.parent
                )
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                    yield handle
                    handle.flush()
                    os.fsync(handle.fileno())
                if current is not None:
                    os.chmod(temp, stat.S_IMODE(current.st_mode))
                    with contextlib.suppress(OSError):  # only root may give a file away
                        os.chown(temp, current.st_uid, current.st_gid)
                else:
                    os.chmod(temp, 0o666 & ~_umask())
                os.replace(temp, target)
                temp = None
            except OSError as error:
                raise ClaimdiffError(f"{path}: {_problem(error)}") from None
    except _Terminated as stop:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            temp = None
        raise SystemExit(128 + stop.signum) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
