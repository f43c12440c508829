"""Landlock, the Linux kernel's unprivileged file-system and network sandbox.

A small binding of our own rather than a package: three system calls and four
structures, called from a freshly forked child (a `preexec_fn`) where nothing
may be imported, allocated from a lock another thread held, or left half done.
The Python bindings on PyPI (`landlock` 1.0.0.dev5, `py-landlock` 0.1.x,
`landlockpy` 0.x) are young, single-maintainer pre-releases whose builders
open paths and resolve ABIs at apply time; none promises to be safe between
fork and exec, and the parts we need beyond paths (TCP rules, ABI 4; signal
and abstract-socket scoping, ABI 6) arrived in them late or not at all. The
whole kernel interface fits in this file and is tested by tests/hostile/.

Everything the child needs is computed before the fork: `Policy` holds the
access masks for the kernel's ABI, `Policy.apply()` only opens the granted
paths and makes the calls.
"""

from __future__ import annotations

import ctypes
import os
import stat
import sys
from dataclasses import dataclass
from functools import cache

# System call numbers: new syscalls share one number on every architecture.
CREATE_RULESET, ADD_RULE, RESTRICT_SELF = 444, 445, 446
CREATE_RULESET_VERSION = 1
RULE_PATH_BENEATH = 1
PR_SET_NO_NEW_PRIVS = 38

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
REMOVE_DIR, REMOVE_FILE, MAKE_CHAR, MAKE_DIR = 1 << 4, 1 << 5, 1 << 6, 1 << 7
MAKE_REG, MAKE_SOCK, MAKE_FIFO, MAKE_BLOCK, MAKE_SYM = 1 << 8, 1 << 9, 1 << 10, 1 << 11, 1 << 12
REFER, TRUNCATE, IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1

# File-system rights the kernel knows, by the ABI that introduced them.
FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 5: (1 << 16) - 1}
FILE_ONLY = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV  # the rights a rule on a file may carry

READ = READ_FILE | READ_DIR
RUN = READ | EXECUTE
WRITE = (
    READ
    | WRITE_FILE
    | REMOVE_DIR
    | REMOVE_FILE
    | MAKE_DIR
    | MAKE_REG
    | MAKE_SYM
    | MAKE_FIFO
    | MAKE_SOCK
    | REFER
    | TRUNCATE
)


class _RulesetAttr(ctypes.Structure):
    _fields_ = (
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    )


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = (("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32))


class LandlockError(OSError):
    """The kernel refused to confine the process: never run unconfined then."""


@cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


@cache
def abi_version() -> int:
    """The kernel's Landlock ABI (1, 2, ...), or 0 where there is none."""
    if sys.platform != "linux":
        return 0
    version = _libc().syscall(CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(CREATE_RULESET_VERSION))
    return max(int(version), 0)


def _handled_fs(abi: int) -> int:
    return FS_BY_ABI[max(k for k in FS_BY_ABI if k <= abi)]


@dataclass(frozen=True)
class Policy:
    """What a confined process may reach: (path, rights) grants, nothing else.

    Paths are absolute; a grant on a folder covers everything beneath it. Every
    right the kernel knows and no grant gives is denied, TCP bind and connect
    included (ABI 4+), and signals and abstract Unix sockets stay inside the
    process tree that applied the policy (ABI 6+).
    """

    abi: int
    grants: tuple[tuple[str, int], ...]

    def apply(self) -> None:
        """Confine the calling process and its future children, for good."""
        handled = _handled_fs(self.abi)
        attr = _RulesetAttr(handled, NET_BIND_TCP | NET_CONNECT_TCP if self.abi >= 4 else 0, 0)
        if self.abi >= 6:
            attr.scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
        size = 8 if self.abi < 4 else 16 if self.abi < 6 else 24  # the struct as this ABI knows it
        libc = _libc()
        ruleset = libc.syscall(CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
        if ruleset < 0:
            raise LandlockError(ctypes.get_errno(), "landlock_create_ruleset failed")
        try:
            for path, rights in self.grants:
                self._add(libc, ruleset, path, rights & handled)
            if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
                raise LandlockError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
            if libc.syscall(RESTRICT_SELF, ruleset, ctypes.c_uint32(0)) != 0:
                raise LandlockError(ctypes.get_errno(), "landlock_restrict_self failed")
        finally:
            os.close(ruleset)

    @staticmethod
    def _add(libc: ctypes.CDLL, ruleset: int, path: str, rights: int) -> None:
        try:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            return  # a grant on a path that is not there grants nothing
        try:
            if not stat.S_ISDIR(os.fstat(fd).st_mode):
                rights &= FILE_ONLY
            rule = _PathBeneathAttr(rights, fd)
            if libc.syscall(ADD_RULE, ruleset, RULE_PATH_BENEATH, ctypes.byref(rule), ctypes.c_uint32(0)) != 0:
                raise LandlockError(ctypes.get_errno(), f"landlock_add_rule failed on {path}")
        finally:
            os.close(fd)
