"""A seccomp filter that forbids new processes: threads are fine, forks are not.

A program that cannot fork cannot leave a process behind (a fork, `setsid`,
fork escapes its process group and outlives the check) and cannot fork-bomb.
The filter is a dozen classic-BPF instructions, installed with prctl after
`no_new_privs`; like Landlock it survives exec and binds every later child.
Only x86-64 and AArch64 are known; elsewhere `available()` is False.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from functools import cache

PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2
LD_ABS_W, JEQ, JGE, JSET, RET = 0x20, 0x15, 0x35, 0x45, 0x06
ALLOW, KILL_PROCESS, RET_ERRNO = 0x7FFF0000, 0x80000000, 0x00050000
CLONE_THREAD = 0x00010000
X32_BIT = 0x40000000
OFFSET_NR, OFFSET_ARCH, OFFSET_ARG0 = 0, 4, 16  # struct seccomp_data, little-endian

# audit arch, clone, clone3, [fork, vfork], other calls refused (ptrace, process_vm_writev)
ARCHES = {
    "x86_64": (0xC000003E, 56, 435, (57, 58), (101, 311)),
    "aarch64": (0xC00000B7, 220, 435, (), (117, 271)),
}


class _Instruction(ctypes.Structure):
    _fields_ = (("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8), ("k", ctypes.c_uint32))


class _Program(ctypes.Structure):
    _fields_ = (("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Instruction)))


@cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def available() -> bool:
    return sys.platform == "linux" and os.uname().machine in ARCHES


@cache
def _instructions() -> tuple[tuple[int, int, int, int], ...]:
    audit_arch, clone, clone3, forks, refused = ARCHES[os.uname().machine]
    eperm, enosys = RET_ERRNO | errno.EPERM, RET_ERRNO | errno.ENOSYS
    program: list[tuple[int, int, int, int]] = [
        (LD_ABS_W, 0, 0, OFFSET_ARCH),
        (JEQ, 1, 0, audit_arch),
        (RET, 0, 0, KILL_PROCESS),  # a foreign calling convention (i386 on x86-64): no way around the filter
        (LD_ABS_W, 0, 0, OFFSET_NR),
        (JGE, 0, 1, X32_BIT),
        (RET, 0, 0, eperm),
        (JEQ, 0, 1, clone3),  # its flags sit behind a pointer: ENOSYS makes the C library fall back to clone
        (RET, 0, 0, enosys),
    ]
    for number in (*forks, *refused):
        program += [(JEQ, 0, 1, number), (RET, 0, 0, eperm)]
    program += [
        (JEQ, 1, 0, clone),
        (RET, 0, 0, ALLOW),
        (LD_ABS_W, 0, 0, OFFSET_ARG0),  # clone's flags: a thread shares its process, a fork does not
        (JSET, 0, 1, CLONE_THREAD),
        (RET, 0, 0, ALLOW),
        (RET, 0, 0, eperm),
    ]
    return tuple(program)


def prepare() -> None:
    """Load what the filter needs before a fork: nothing may be loaded after it."""
    _libc(), _instructions()


def forbid_new_processes() -> None:
    """Install the filter on the calling process (and so its future children)."""
    libc = _libc()
    code = _instructions()
    filters = (_Instruction * len(code))(*(_Instruction(*i) for i in code))
    program = _Program(len(code), filters)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(program), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")
