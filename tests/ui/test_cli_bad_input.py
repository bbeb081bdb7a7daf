"""Issue 17 §5 and §7: bad input on the command line is refused in one clear line (in English or
Chinese) that fits a terminal, and nothing is written."""

from __future__ import annotations

import io
import json

import pytest

from etown_desktop.app.cli import main

pytestmark = pytest.mark.usefixtures("qapp")


def _one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "usage:" not in err
    return lines[0]


# -- export brief --items ---------------------------------------------------------------------------
def test_brief_items_that_are_not_text_are_named_clearly(tmp_path, capsys):
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = tmp_path / "b.pdf"
    assert main(["export", "brief", "--items", str(picture), "-o", str(out)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "photo.png is not a brief: it is not a text (JSON) file" in line
    assert "codec" not in line and "0x89" not in line
    assert main(["export", "brief", "--items", str(picture), "-o", str(out), "--lang", "zh"]) == 1
    assert "photo.png 不是简报文件" in _one_line(capsys.readouterr().err)
    assert not out.exists()


@pytest.mark.parametrize("content", [[], {"format": "etown-brief", "version": 1, "items": []}])
def test_an_empty_brief_is_refused_and_writes_nothing(tmp_path, capsys, content):
    from etown_desktop.core.brief.storage import FORMAT, VERSION

    if isinstance(content, dict):
        content = {**content, "format": FORMAT, "version": VERSION}
    items = tmp_path / "empty.json"
    items.write_text(json.dumps(content), encoding="utf-8")
    for zipped in ([], ["--zip"]):
        out = tmp_path / ("b.zip" if zipped else "b.pdf")
        assert main(["export", "brief", "--items", str(items), "-o", str(out), *zipped]) == 1
        line = _one_line(capsys.readouterr().err)
        assert "empty.json lists no items: there is nothing to export" in line
        assert not out.exists()
    assert list(tmp_path.iterdir()) == [items]


# -- stats --since ----------------------------------------------------------------------------------
def test_stats_since_says_which_dates_it_accepts(tmp_path, capsys):
    out = tmp_path / "r.csv"
    assert main(["stats", "--since", "last week", "-o", str(out)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert "--since 'last week' is not a date" in line and "YYYY-MM-DD" in line and "yesterday" in line
    assert "fromisoformat" not in line
    assert main(["stats", "--since", "2026-02-30", "-o", str(out), "--lang", "zh"]) == 2
    assert "不是日期" in _one_line(capsys.readouterr().err)
    assert not out.exists()


def test_since_words_and_dates():
    from datetime import date

    from etown_desktop.app.event_cli import parse_since

    today = date(2026, 3, 1)
    assert parse_since("yesterday", today) == date(2026, 2, 28)
    assert parse_since("Today", today) == today and parse_since(None) is None
    assert parse_since("2026-11-25", today) == date(2026, 11, 25)
    for bad in ("2026-1-5", "20261125", "last week", "2026-02-30"):
        with pytest.raises(ValueError):
            parse_since(bad, today)


# -- present/kiosk --screenshot --slide and --size ---------------------------------------------------
@pytest.mark.parametrize("slide", ["99", "0", "-1"])
@pytest.mark.parametrize("command", ["present", "kiosk"])
def test_a_slide_out_of_range_is_refused_with_the_range(tmp_path, capsys, command, slide):
    out = tmp_path / "s.png"
    assert main([command, "--screenshot", str(out), "--slide", slide]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line == f"--slide {slide} is out of range: story 'zone' has slides 1 to 11."
    assert not out.exists()


@pytest.mark.parametrize("size", ["10x10", "639x480", "1920x300", "9000x5000", "big"])
def test_a_screen_size_out_of_range_is_refused_with_the_limits(tmp_path, capsys, size):
    out = tmp_path / "s.png"
    assert main(["present", "--screenshot", str(out), "--size", size]) == 2
    line = _one_line(capsys.readouterr().err)
    if size == "big":
        assert line == "--size must look like 1920x1080, not 'big'."
    else:
        assert line == f"--size {size} is out of range: use 640x360 to 7680x4320."
    assert not out.exists()
    assert main(["kiosk", "--screenshot", str(out), "--size", "10x10", "--lang", "zh"]) == 2
    assert "超出范围" in _one_line(capsys.readouterr().err)


# -- one rule for folders: refused, never created ---------------------------------------------------
MISSING = "The folder {folder} does not exist. Create the folder first, or give -o a file in an existing folder."


@pytest.mark.parametrize("argv", [
    ["screenshot", "--tab", "overview", "-o", "{out}.png"],
    ["present", "--screenshot", "{out}.png"],
    ["kiosk", "--screenshot", "{out}.png"],
    ["export", "chart", "overview.output_trend", "-o", "{out}.png"],
    ["export", "table", "figures", "-o", "{out}.csv"],
    ["export", "factsheet", "-o", "{out}.pdf"],
], ids=lambda a: " ".join(a[:2]))
def test_a_missing_folder_is_refused_by_every_command_and_not_created(tmp_path, capsys, argv):
    folder = tmp_path / "no" / "such"
    argv = [a.format(out=folder / "x") for a in argv]
    assert main(argv) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.endswith(MISSING.format(folder=folder)), line
    assert "Choose another folder" not in line
    assert not (tmp_path / "no").exists()


def test_cli_folder_messages_speak_chinese_and_never_say_choose(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "no"
    assert main(["export", "chart", "overview.output_trend", "-o", str(folder / "c.png"), "--lang", "zh"]) == 1
    assert _one_line(capsys.readouterr().err) == (
        f"导出失败：文件夹 {folder} 不存在。请先创建该文件夹，或用 -o 指定已存在文件夹中的文件。")
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "userdata"))
    assert main(["data", "export", "-o", str(folder / "e.etown"), "--lang", "en"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "does not exist" in line and "Choose another folder" not in line and "-o" in line


def test_the_app_keeps_its_dialog_advice():
    """The same failure in the app still says "Choose another folder." (it has a file dialog)."""
    import errno
    from pathlib import Path

    from etown_desktop.core.export.atomic import os_failure

    exc = os_failure(OSError(errno.EACCES, "Permission denied"), Path("/root/x/c.png"))
    assert str(exc) == "The folder /root/x cannot be written to (permission denied). Choose another folder."
    from etown_desktop.core.export.failure_text import failure_text

    assert failure_text(exc, "en") == ("The folder /root/x cannot be written to (permission denied). "
                                       "Give -o a file in a folder you can write to.")
    assert failure_text(exc, "zh") == "文件夹 /root/x 不可写入（权限不足）。请用 -o 指定一个可写入的文件夹中的文件。"


# -- kiosk --set-pin: twice at a terminal ------------------------------------------------------------
class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _asker(*answers: str):
    prompts: list[str] = []
    replies = iter(answers)

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(replies)

    return ask, prompts


def test_set_pin_at_a_terminal_asks_twice_and_refuses_a_mismatch(tmp_path, monkeypatch, capsys):
    from etown_desktop.app.event_cli import _set_pin
    from etown_desktop.core.kiosk import pin as pin_module

    target = tmp_path / "kiosk-pin"
    monkeypatch.setattr(pin_module, "pin_path", lambda: target)
    ask, prompts = _asker("480213", "480231")
    assert _set_pin("en", _Terminal(), ask) == 1
    assert prompts == ["New staff PIN (4-12 digits): ", "The same PIN again: "]
    assert "The two PINs differ; the PIN was not changed." in capsys.readouterr().err
    assert not target.exists()
    ask, prompts = _asker("480213", "480213")
    assert _set_pin("zh", _Terminal(), ask) == 0
    assert prompts == ["新的工作人员 PIN（4 到 12 位数字）：", "再次输入同一个 PIN："]
    assert pin_module.verify_pin("480213", pin_module.load_pin_hash(target))


def test_set_pin_from_a_pipe_reads_one_line(tmp_path, monkeypatch, capsys):
    from etown_desktop.app.event_cli import _set_pin
    from etown_desktop.core.kiosk import pin as pin_module

    target = tmp_path / "kiosk-pin"
    monkeypatch.setattr(pin_module, "pin_path", lambda: target)

    def never(prompt: str) -> str:
        raise AssertionError("a pipe is not asked")

    assert _set_pin("en", io.StringIO("480213\n"), never) == 0
    assert pin_module.verify_pin("480213", pin_module.load_pin_hash(target))
