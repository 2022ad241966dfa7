"""Forbid a child process every outgoing connection (Linux seccomp), before it runs.

The oxigraph processes behind ``newsgraph serve`` listen on loopback ports of
their own. The gateway refuses SERVICE, LOAD and remote FROM, but a local
process (or a web page posting a form to ``127.0.0.1``) could send such a query
to an engine's port directly, and oxigraph would fetch the URL. An engine only
ever accepts connections, so a seccomp filter that makes ``connect(2)`` fail
with EPERM closes that door whatever reaches the port: the engine can still
answer, but can never open a connection to anything.
"""

from __future__ import annotations

import ctypes
import platform
import sys

__all__ = ["NetworkSandboxError", "forbid_connections", "supported"]

# (audit architecture, connect(2) syscall number) per machine
_ARCHES = {"x86_64": (0xC000003E, 42), "aarch64": (0xC00000B7, 203)}
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
# BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_JEQ|BPF_K, BPF_RET|BPF_K
_LD_W_ABS, _JEQ_K, _RET_K = 0x20, 0x15, 0x06
_RET_ALLOW, _RET_EPERM = 0x7FFF0000, 0x00050000 | 1  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EPERM


class NetworkSandboxError(OSError):
    """The filter could not be installed (the child must not run unprotected)."""


class _Filter(ctypes.Structure):
    _fields_ = [  # noqa: RUF012  # ctypes' own declaration style
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint32),
    ]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]  # noqa: RUF012


def supported() -> bool:
    """Return True where the filter exists (Linux on x86-64 or arm64)."""
    return sys.platform.startswith("linux") and platform.machine() in _ARCHES


def _program() -> tuple[_Program, ctypes.Array[_Filter]] | None:
    # Built in the parent, before fork: the child only makes two prctl calls.
    if not supported():
        return None
    arch, connect = _ARCHES[platform.machine()]
    steps = (
        (_LD_W_ABS, 0, 0, 4),  # A = seccomp_data.arch
        (_JEQ_K, 0, 3, arch),  # another ABI (x32, i386): allow, it is not ours
        (_LD_W_ABS, 0, 0, 0),  # A = seccomp_data.nr
        (_JEQ_K, 0, 1, connect),
        (_RET_K, 0, 0, _RET_EPERM),
        (_RET_K, 0, 0, _RET_ALLOW),
    )
    table = (_Filter * len(steps))(*(_Filter(*step) for step in steps))
    return _Program(len(steps), table), table


_PROGRAM = _program()


def forbid_connections() -> None:
    """Make every later ``connect(2)`` of this process and its children fail (EPERM).

    Meant for ``subprocess.Popen(preexec_fn=...)``; a no-op where unsupported.

    Raises:
        NetworkSandboxError: The kernel refused the filter.
    """
    if _PROGRAM is None:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    program, _table = _PROGRAM
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 or (
        libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(program), 0, 0) != 0
    ):
        raise NetworkSandboxError(ctypes.get_errno(), "cannot install the seccomp filter")
