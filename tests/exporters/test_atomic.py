"""Writing a document is all or nothing: a failure leaves neither a half file nor a changed old one."""

from __future__ import annotations

import errno
import os

import pytest

from app.exporters.atomic import ExportFailed, write_atomically


def files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_the_target_appears_whole_and_no_temporary_file_stays(tmp_path):
    target = tmp_path / "plan.pdf"
    write_atomically(target, lambda tmp: tmp.write_bytes(b"%PDF-new"))
    assert target.read_bytes() == b"%PDF-new"
    assert files(tmp_path) == ["plan.pdf"]


def test_a_writer_that_fails_halfway_leaves_the_old_file_as_it_was(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def half_then_crash(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("kraschade mitt i")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_crash)
    assert target.read_bytes() == b"old"
    assert files(tmp_path) == ["plan.pdf"]


def test_a_full_disk_gives_a_swedish_message_and_no_file(tmp_path):
    def disk_full(tmp):
        tmp.write_bytes(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportFailed, match="Disken är full: sus.xlsx"):
        write_atomically(tmp_path / "sus.xlsx", disk_full)
    assert files(tmp_path) == []


def test_a_workbook_open_in_excel_is_not_replaced(tmp_path):
    target = tmp_path / "ärenden.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$ärenden.xlsx").write_bytes(b"lock")  # what Excel leaves beside an open workbook
    with pytest.raises(ExportFailed, match="är öppen i ett annat program"):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"old"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write in read-only folders")
def test_a_read_only_folder_gives_a_message_naming_it(tmp_path):
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="skrivskyddad"):
            write_atomically(folder / "plan.pdf", lambda tmp: tmp.write_bytes(b"x"))
        assert files(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_read_only_old_file_is_respected(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    if os.access(target, os.W_OK):
        pytest.skip("root can write read-only files")
    with pytest.raises(ExportFailed, match="skrivskyddad"):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"old"


def test_a_missing_folder_or_a_folder_as_target_is_named(tmp_path):
    with pytest.raises(ExportFailed, match="finns inte"):
        write_atomically(tmp_path / "saknas" / "plan.pdf", lambda tmp: None)
    with pytest.raises(ExportFailed, match="är en mapp"):
        write_atomically(tmp_path, lambda tmp: None)


def test_permission_refused_by_the_system_is_explained(tmp_path, monkeypatch):
    """As root the chmod tests above are skipped; the system's refusal is simulated here instead:
    on creating the temporary file (read-only folder) and on the rename (Windows: file open)."""
    import app.exporters.atomic as atomic

    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportFailed, match="Kan inte skriva plan.pdf i mappen"):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    monkeypatch.undo()
    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ExportFailed, match="öppen i ett annat program"):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"old"
    assert files(tmp_path) == ["plan.pdf"]
