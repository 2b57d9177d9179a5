"""Writing results so that a run never leaves a half-written or mixed folder behind.

A run folder is written as one unit (:class:`RunFolder`): every file goes into
a hidden temporary folder beside the target, a manifest listing the files with
their checksums is written last, and the temporary folder is then renamed onto
the target. An interrupted, killed or failed run leaves the previous folder as
it was; the temporary folder of a killed run is removed by the next run into
the same place. A folder that holds results is replaced only when asked
(``overwrite``), and then whole; a folder that holds anything else is never
touched. Files get the modes the umask gives.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Optional

MANIFEST = "manifest.json"


class OutputError(OSError):
    """An output folder or file cannot be written."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` only on success."""
    target = Path(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise OutputError(f"cannot write in {target.parent}: {error.strerror or error}") from None
    os.close(handle)
    temporary = Path(temporary)
    os.chmod(temporary, 0o666 & ~_umask())
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()


def is_run_folder(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def _temporary_prefix(target: Path) -> str:
    return f".{target.name}.axelrod-nl-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale(target: Path) -> None:
    """Remove the temporary folders that killed runs into ``target`` left behind."""
    prefix = _temporary_prefix(target)
    for entry in target.parent.glob(prefix + "*"):
        pid_text = entry.name[len(prefix):].split("-", 1)[0]
        if pid_text.isdigit() and not _alive(int(pid_text)) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


def checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class RunFolder:
    """A results folder written as a unit; use as ``with RunFolder(path) as folder: ...``.

    Parameters
    ----------
    target : the folder to write.
    overwrite : replace a folder that already holds results (else that is an error).
    manifest : what the manifest records besides the files (settings, seed, spec text).

    Inside the ``with`` block, ``folder.path`` is the temporary folder to write
    into; on a clean exit the manifest is written and the folder moved into
    place. Any exception, KeyboardInterrupt included, removes it and leaves the
    target as it was.
    """

    def __init__(self, target: str | os.PathLike, overwrite: bool = False,
                 manifest: Optional[dict] = None) -> None:
        self.target = Path(target)
        self.overwrite = overwrite
        self.manifest = dict(manifest or {})
        self.path: Optional[Path] = None
        self.check()

    def check(self) -> None:
        """Refuse, before anything is played, a target that cannot or may not be written."""
        target = self.target
        if target.exists() and not target.is_dir():
            raise OutputError(f"output path {target} exists and is not a folder")
        if target.is_dir() and any(target.iterdir()):
            if not is_run_folder(target):
                raise OutputError(f"output folder {target} is not empty and holds no axelrod-nl results; "
                                  "choose an empty or new folder")
            if not self.overwrite:
                raise OutputError(f"output folder {target} already holds results; give --overwrite "
                                  "(overwrite=True) to replace them, or choose another folder")
        parent = target.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"cannot create output folder {target}: {error.strerror or error}") from None
        if not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(f"cannot write in {parent}")

    def __enter__(self) -> "RunFolder":
        self.check()
        _remove_stale(self.target)
        name = f"{_temporary_prefix(self.target)}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.path = self.target.parent / name
        try:
            self.path.mkdir(mode=0o777 & ~_umask())
        except OSError as error:
            raise OutputError(f"cannot write in {self.target.parent}: {error.strerror or error}") from None
        return self

    def file(self, name: str) -> Path:
        """Where to write ``name`` inside the folder being built."""
        return self.path / name

    def __exit__(self, kind, error, trace) -> bool:
        try:
            if kind is None:
                self._write_manifest()
                self._move_into_place()
        finally:
            if self.path is not None and self.path.exists():
                shutil.rmtree(self.path, ignore_errors=True)
        return False

    def _write_manifest(self) -> None:
        from . import __version__

        files = {}
        for path in sorted(p for p in self.path.rglob("*") if p.is_file()):
            relative = path.relative_to(self.path).as_posix()
            files[relative] = {"bytes": path.stat().st_size, "sha256": checksum(path)}
        record = {
            "library": "axelrod-nl", "version": __version__,
            "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            **self.manifest, "files": files,
        }
        (self.path / MANIFEST).write_text(json.dumps(record, indent=2, default=str) + "\n")

    def _move_into_place(self) -> None:
        target = self.target
        old = None
        try:
            if target.exists():
                self.check()  # another run may have filled it meanwhile
                old = target.parent / f"{_temporary_prefix(target)}{os.getpid()}-old-{uuid.uuid4().hex[:8]}"
                os.rename(target, old)
            os.rename(self.path, target)
        except OSError as error:
            if old is not None and old.exists() and not target.exists():
                os.rename(old, target)
            raise OutputError(f"cannot move the results into {target}: {error.strerror or error}") from None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def read_manifest(folder: Path, verify: bool = True) -> dict:
    """The manifest of a run folder; with ``verify``, every listed file is checked against its checksum."""
    path = Path(folder) / MANIFEST
    if not path.is_file():
        raise ValueError(f"{folder} is not an axelrod-nl run folder (it has no {MANIFEST})")
    try:
        manifest = json.loads(path.read_text())
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError(f"{path} is not a readable manifest: {error}") from None
    if verify:
        for name, entry in manifest.get("files", {}).items():
            file = Path(folder) / name
            if not file.is_file():
                raise ValueError(f"{folder} is incomplete: {name}, listed in its manifest, is missing")
            if checksum(file) != entry.get("sha256"):
                raise ValueError(f"{folder}: {name} does not match its manifest's checksum (changed since the run?)")
    return manifest
