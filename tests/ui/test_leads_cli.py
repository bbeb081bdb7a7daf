"""``etown-desktop leads …``: a whole session from the command line, EN and ZH, one-line failures."""

from __future__ import annotations

import io
import json
import subprocess

import pytest

from etown_desktop.app.cli import main

PASS = "booth passphrase 1"


@pytest.fixture
def leads(monkeypatch, capsys, qapp):
    """``leads(*argv, stdin="")`` runs a leads command in-process; returns (rc, out, err). (``qapp``: the
    briefs paint with the suite's QApplication, never a QGuiApplication of their own.)"""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        rc = main(["--lang", "en", "leads", *argv]) if argv[0] != "--zh" else main(["--lang", "zh", "leads", *argv[1:]])
        out, err = capsys.readouterr()
        return rc, out, err

    assert run("init", stdin=PASS + "\n")[0] == 0
    assert run("event", "new", "Hannover Messe", "--date", "2026-04-20", "--place", "Hannover")[0] == 0
    return run


def test_add_prints_the_id_and_list_json_gives_the_consent(leads):
    rc, out, _ = leads("add", "--family", "Müller", "--given", "Anna", "--company", "Acme", "--email",
                       "anna@acme.example", "--sector", "biomedicine", "--rating", "hot",
                       "--consent", "contact,materials", stdin=PASS + "\n")
    assert rc == 0 and out.strip() == "1"
    rc, out, _ = leads("add", "--company", "Solo Ltd", "--consent", "", stdin=PASS + "\n")
    assert out.strip() == "2"
    rc, out, _ = leads("list", "--json", stdin=PASS + "\n")
    rows = json.loads(out)
    assert [(r["id"], r["company"], r["event"], r["rating"], r["consent"]) for r in rows] == [
        (1, "Acme", 1, "hot", ["contact", "materials"]), (2, "Solo Ltd", 1, "", [])]


def test_a_duplicate_is_refused_unless_kept_both(leads):
    args = ("add", "--family", "Li", "--given", "Wei", "--company", "BOE", "--email", "li@boe.example")
    assert leads(*args, stdin=PASS + "\n")[0] == 0
    rc, _, err = leads(*args, stdin=PASS + "\n")
    assert rc == 3 and "looks like lead 1" in err
    assert leads(*args, "--keep-both", stdin=PASS + "\n")[1].strip() == "2"


def test_added_without_passphrase_is_flagged_at_the_next_list(leads):
    leads("add", "--family", "Li", "--company", "BOE", "--email", "li@boe.example")
    rc, out, err = leads("add", "--family", "Li", "--company", "BOE", "--email", "li@boe.example")
    assert rc == 0 and "next unlock" in err
    out = leads("list", stdin=PASS + "\n")[1]
    assert "same person as 1?" in out


def test_wrong_passphrase_and_missing_passphrase_are_one_line(leads):
    rc, out, err = leads("list", stdin="nope nope\n")
    assert rc == 1 and err.strip() == "Leads command failed: Wrong passphrase: the leads stay locked."
    rc, _, err = leads("--zh", "list", stdin="")
    assert rc == 1 and "未提供口令" in err and "Traceback" not in err


def test_edit_with_consent_adds_a_record_and_show_lists_the_history(leads):
    leads("add", "--family", "王", "--given", "小明", "--company", "某公司", "--consent", "contact", stdin=PASS + "\n")
    assert leads("edit", "1", "--phone", "+86 10 1234", "--consent", "contact,marketing", stdin=PASS + "\n")[0] == 0
    rc, out, _ = leads("--zh", "show", "1", stdin=PASS + "\n")
    assert "电话: +86 10 1234" in out and "姓名: 王 / 小明" in out
    assert out.count("告知第1版") == 2 and "联系、营销信息" not in out and "联系, 营销信息" in out


def test_export_says_who_was_left_out(leads, tmp_path):
    leads("add", "--family", "A", "--email", "a@a.example", "--consent", "contact,abroad", stdin=PASS + "\n")
    leads("add", "--family", "B", "--email", "b@b.example", "--consent", "contact", stdin=PASS + "\n")
    leads("add", "--family", "C", "--email", "c@c.example", "--consent", "contact,abroad", stdin=PASS + "\n")
    assert leads("withdraw", "3", stdin=PASS + "\n")[0] == 0
    rc, out, _ = leads("export", "-o", str(tmp_path / "sf.csv"), "--for", "salesforce", stdin=PASS + "\n")
    assert rc == 0 and "1 lead(s)" in out
    assert "Left out 2: 1 × no consent to transfer abroad; 1 × withdrew consent." in out
    assert "#2 B: no consent to transfer abroad" in out


def test_delete_needs_yes_without_a_terminal_then_removes_the_lead(leads):
    leads("add", "--family", "Gone", "--email", "gone@x.example", stdin=PASS + "\n")
    rc, _, err = leads("delete", "1", stdin=PASS + "\n")
    assert rc == 2 and "--yes" in err
    rc, out, _ = leads("delete", "1", "--yes", stdin=PASS + "\n")
    assert rc == 0 and "bytes are gone" in out
    assert leads("list", stdin=PASS + "\n")[1].strip() == "No leads."


def test_purge_expired_with_nothing_expired(leads):
    leads("add", "--family", "New", stdin=PASS + "\n")
    assert "No expired leads." in leads("purge", "--expired", stdin=PASS + "\n")[1]


def test_briefs_one_pdf_per_lead_who_wants_materials(leads, tmp_path):
    leads("add", "--family", "Keen", "--company", "Acme", "--sector", "auto", "--consent", "contact,materials",
          stdin=PASS + "\n")
    leads("add", "--family", "Quiet", "--company", "Other", "--consent", "contact", stdin=PASS + "\n")
    rc, out, _ = leads("briefs", "-o", str(tmp_path / "out"), stdin=PASS + "\n")
    assert rc == 0
    assert "Skipped lead 2 (Quiet): no consent to receive materials." in out
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert [p.name for p in pdfs] == ["lead-1-Acme.pdf"]
    text = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Prepared for: Acme" in text and "automobiles" in text.lower()
    # deleting the lead deletes its brief
    assert leads("delete", "1", "--yes", stdin=PASS + "\n")[0] == 0
    assert not pdfs[0].exists()


def test_the_brief_cover_carries_my_card_as_a_qr_code(leads, tmp_path):
    import zxingcpp
    from PIL import Image

    leads("card", "--name", "Li Wei", "--org", "E-Town", "--email", "li@example.cn")
    leads("add", "--family", "Keen", "--company", "Acme", "--consent", "contact,materials", stdin=PASS + "\n")
    assert leads("brief", "1", "-o", str(tmp_path / "b.pdf"), stdin=PASS + "\n")[0] == 0
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(tmp_path / "b.pdf"),
                    str(tmp_path / "page")], check=True)
    (found,) = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert "FN:Li Wei" in found.text and "EMAIL;TYPE=INTERNET:li@example.cn" in found.text


def test_passphrase_change_from_stdin_lines(leads):
    leads("add", "--company", "Acme", stdin=PASS + "\n")
    rc, out, _ = leads("passphrase", stdin=PASS + "\nan entirely new one\n")
    assert rc == 0 and "re-encrypted" in out
    assert leads("list", stdin=PASS + "\n")[0] == 1
    assert "Acme" in leads("list", stdin="an entirely new one\n")[1]


def test_init_twice_is_refused(leads):
    rc, _, err = leads("init", stdin="another passphrase\n")
    assert rc == 1 and "already" in err
