"""Helpers for the signed-edition tests: publisher keys with cheap key derivation (the tests
never wait a second per key), signed packs with a chosen sequence number, and a ZIP rewriter for
attacks. TEST DATA ONLY: no key made here is ever trusted outside a test's own folder."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

PASSPHRASE = "test passphrase 1"
# libsodium's smallest Argon2id limits: the format is the real one, the cost is not.
FAST_KDF = {"ops": 1, "mem": 8192}


def make_key(folder: Path, stem: str, publisher: str = "TEST Bureau A", version: int = 1):
    """(KeyPair, path of the .key file); the .pub is written beside it."""
    from etown_desktop.core.trust.key_file import new_key, write_key_files

    pair = new_key(publisher, version)
    key_path, _pub = write_key_files(pair, PASSPHRASE, Path(folder) / f"{stem}.key", **FAST_KDF)
    return pair, key_path


def trust(pair) -> None:
    """Trust ``pair``'s public key on this (test) laptop."""
    from etown_desktop.core.trust.trust_store import TrustStore

    TrustStore().add(pair.public)


def signed_pack(db: Path, out: Path, pair, sequence: int, *, edition_id: str | None = None,
                raw=None, chain: bytes | None = None) -> Path:
    """The edition in ``db`` (or ``raw``) as a pack signed by ``pair`` with number ``sequence``."""
    from etown_desktop.core.editions.dbread import edition_id as id_of
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.pack import write_pack
    from etown_desktop.core.trust.sign import sign_files

    raw = raw if raw is not None else read_database(db)
    edition = edition_id or id_of(db)
    return write_pack(raw, edition, out,
                      sign=lambda files, ed: sign_files(pair, files, ed, sequence, chain))


def tampered(pack: Path, out: Path) -> Path:
    """``pack`` with one figure changed after signing (600 → 601 in data/figures.csv), the rest
    as it was: the signed manifest refuses it (the stale checksum in datapackage.json would too)."""
    with zipfile.ZipFile(pack) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "data/figures.csv":
                data = data.replace(b",600,cny_bn,", b",601,cny_bn,")
            zout.writestr(info, data)
    return out


def entries(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_entries(out: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return out


def recompute_descriptor(files: dict[str, bytes]) -> dict[str, bytes]:
    """What an attacker who edits a CSV does next: fix datapackage.json's checksums."""
    import hashlib

    desc = json.loads(files["datapackage.json"])
    for res in desc["resources"]:
        data = files.get(res["path"])
        if data is not None:
            res["hash"], res["bytes"] = "sha256:" + hashlib.sha256(data).hexdigest(), len(data)
    return {**files, "datapackage.json": json.dumps(desc, indent=2, ensure_ascii=False).encode()}
