"""``etown-desktop data keys|trust|policy|staleness`` and the signing parts of ``data export``,
``data import`` and ``data status`` (core/trust does the work).

    etown-desktop data keys new --publisher "NAME" -o publisher.key    (passphrase from stdin)
    etown-desktop data keys rotate --from publisher.key -o publisher-2026.key
    etown-desktop data trust add publisher.pub [--yes] | list | remove KEYID [--yes]
    etown-desktop data policy [signed-only|warn|auto]
    etown-desktop data staleness [MONTHS]
    etown-desktop data export -o FILE.etown --sign publisher.key
    etown-desktop data import FILE.etown --allow-older

Passphrases come from the terminal (typed twice for a new key), or from the first line of
standard input when it is not a terminal (for ``keys rotate``: the current key's passphrase on the
first line, the new key's on the second). On a kiosk laptop (a staff PIN is set) changing the
trusted keys or the policy asks for the staff PIN as well. Messages follow --lang.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from etown_desktop.app.cli_language import add_lang_to_leaves

log = logging.getLogger(__name__)

T = {
    "en": {
        "passphrase": "Passphrase for {name}: ", "again": "The same passphrase again: ",
        "current_pass": "Passphrase of the current key {name}: ",
        "new_pass": "Passphrase for the new key {name}: ",
        "created": "Wrote the signing key {key} (encrypted with your passphrase) and its public "
                   "half {pub}.\nPublisher: {publisher}\nKey id: {key_id}\nGive {pub} to every "
                   "laptop that should trust this publisher: etown-desktop data trust add {pub}",
        "rotated": "Wrote the new key {key} (key id {key_id}, version {version}) and its key "
                   "change statement {chain}, signed by the current and the new key. Sign the next "
                   "exports with {key}; laptops that trust {old} move to the new key when they "
                   "import one.",
        "confirm_add": "Trust key {key_id} of \"{publisher}\" for data editions on this laptop? "
                       "[y/N] ",
        "confirm_remove": "Stop trusting key {key_id} of \"{publisher}\"? [y/N] ",
        "confirm_older": "This pack may be older than one already imported. Import it anyway? "
                         "[y/N] ",
        "need_yes": "Not changed: run again with --yes to confirm.",
        "cancelled": "Cancelled; nothing changed.",
        "pin": "Staff PIN: ",
        "added": "Key {key_id} of \"{publisher}\" is trusted. Policy now: {policy}.",
        "removed": "Key {key_id} of \"{publisher}\" is no longer trusted. Policy now: {policy}.",
        "none": "No trusted keys: any edition is accepted, unsigned ones with a warning "
                "(policy {policy}).",
        "list_head": "  key id            version  since                      publisher",
        "policy": "Policy: {policy}{why}.",
        "auto": " (automatic: warn until a key is trusted, then signed-only)",
        "kiosk": " (a kiosk laptop with a trusted key: always signed-only)",
        "policy_set": "Policy set to {setting}; in effect: {policy}.",
        "signed": "Signed the pack: {publisher}, key {key_id}, number {sequence}.",
        "signature": "Signature", "staleness": "Age",
        "not_stale": "newest source within {limit} months",
        "staleness_limit": "Sources older than {limit} months are called out "
                           "(\"Newest source is N months old\").",
        "unsigned_note": "not signed (accepted: policy warn)",
        "older_note": "accepted as older than a pack already imported (--allow-older)",
    },
    "zh": {
        "passphrase": "{name} 的密码：", "again": "再次输入同一密码：",
        "current_pass": "当前密钥 {name} 的密码：", "new_pass": "新密钥 {name} 的密码：",
        "created": "已写入签名密钥 {key}（以您的密码加密）及其公钥 {pub}。\n发布方：{publisher}\n"
                   "密钥编号：{key_id}\n请将 {pub} 交给每台应信任该发布方的电脑：etown-desktop data "
                   "trust add {pub}",
        "rotated": "已写入新密钥 {key}（编号 {key_id}，第 {version} 版）及密钥更换声明 {chain}，"
                   "由当前密钥和新密钥共同签名。今后请用 {key} 签名导出；信任 {old} 的电脑在导入"
                   "这样的版本包时会改为信任新密钥。",
        "confirm_add": "在本机信任“{publisher}”的密钥 {key_id} 用于数据版本？[y/N] ",
        "confirm_remove": "不再信任“{publisher}”的密钥 {key_id}？[y/N] ",
        "confirm_older": "该版本包可能比已导入的版本更旧。仍要导入？[y/N] ",
        "need_yes": "未更改：加上 --yes 重新运行以确认。",
        "cancelled": "已取消，未做更改。",
        "pin": "员工 PIN 码：",
        "added": "已信任“{publisher}”的密钥 {key_id}。当前策略：{policy}。",
        "removed": "已不再信任“{publisher}”的密钥 {key_id}。当前策略：{policy}。",
        "none": "没有受信任的密钥：接受任何版本，未签名的会给出警告（策略 {policy}）。",
        "list_head": "  密钥编号          版本     信任自                     发布方",
        "policy": "策略：{policy}{why}。",
        "auto": "（自动：信任密钥前为 warn，之后为 signed-only）",
        "kiosk": "（展台电脑且已信任密钥：始终为 signed-only）",
        "policy_set": "策略已设为 {setting}；实际生效：{policy}。",
        "signed": "已签名：{publisher}，密钥 {key_id}，第 {sequence} 号。",
        "signature": "签名", "staleness": "时效",
        "not_stale": "最新来源在 {limit} 个月以内",
        "staleness_limit": "来源超过 {limit} 个月将提示（“最新来源已是 N 个月前”）。",
        "unsigned_note": "未签名（策略 warn，已接受）",
        "older_note": "比已导入的版本更旧，按 --allow-older 接受",
    },
}


# -- parsers --------------------------------------------------------------------------------
def add_parsers(act: argparse._SubParsersAction) -> None:
    """The ``keys``, ``trust``, ``policy`` and ``staleness`` actions under ``data``."""
    keys = act.add_parser("keys", help="publisher signing keys (for the office that publishes)")
    kact = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    new = kact.add_parser("new", help="create a signing key (passphrase from standard input)")
    new.add_argument("--publisher", required=True, help="the publisher's name, e.g. the bureau")
    new.add_argument("-o", "--output", type=Path, required=True, help="publisher.key")
    rot = kact.add_parser("rotate", help="a new key that laptops trusting the current one accept")
    rot.add_argument("--from", dest="current", type=Path, required=True, help="the current .key")
    rot.add_argument("-o", "--output", type=Path, required=True, help="the new .key")
    trust = act.add_parser("trust", help="the publishers this laptop accepts editions from")
    tact = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    add = tact.add_parser("add", help="trust a publisher's key (its .pub file)")
    add.add_argument("file", type=Path, help="publisher.pub")
    add.add_argument("--yes", action="store_true", help="confirm without asking")
    tact.add_parser("list", help="the trusted keys")
    rem = tact.add_parser("remove", help="stop trusting a key")
    rem.add_argument("key_id", help="key id (see data trust list; a unique prefix is enough)")
    rem.add_argument("--yes", action="store_true", help="confirm without asking")
    pol = act.add_parser("policy", help="accept only signed editions, or warn about unsigned ones")
    pol.add_argument("setting", nargs="?", choices=["signed-only", "warn", "auto"])
    stale = act.add_parser("staleness", help="after how many months the newest source is called old")
    stale.add_argument("months", nargs="?", type=int)
    for group in (keys, trust, pol, stale):
        add_lang_to_leaves(group, "language of the messages (default: the system's)")


def add_export_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sign", type=Path, metavar="KEY", help="sign the pack with publisher.key")


def add_import_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-older", action="store_true",
                        help="staff only: accept a pack older than one already imported")


# -- input ----------------------------------------------------------------------------------
def _ask_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _new_passphrase(prompt: str, t: dict) -> str:
    from etown_desktop.core.trust.errors import TrustError
    from etown_desktop.core.trust.key_file import check_passphrase

    first = _ask_secret(prompt)
    check_passphrase(first)
    if sys.stdin.isatty() and getpass.getpass(t["again"]) != first:
        raise TrustError("passphrase_mismatch", "passphrases differ")
    return first


def _confirm(args: argparse.Namespace, question: str, t: dict) -> bool:
    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        print(t["need_yes"])
        return False
    if input(question).strip().lower() in ("y", "yes", "是"):
        return True
    print(t["cancelled"])
    return False


def _staff_pin(t: dict) -> None:
    """On a kiosk laptop: the staff PIN, or TrustError("pin_wrong")."""
    from etown_desktop.core.kiosk.pin import load_pin_hash, verify_pin
    from etown_desktop.core.trust.errors import TrustError
    from etown_desktop.core.trust.policy import is_kiosk_laptop

    if not is_kiosk_laptop():
        return
    if not verify_pin(_ask_secret(t["pin"]), load_pin_hash()):
        raise TrustError("pin_wrong", "wrong staff PIN")


# -- commands -------------------------------------------------------------------------------
def _keys(args, _t, lang) -> int:
    from etown_desktop.core.trust import key_file
    from etown_desktop.core.trust.errors import TrustError

    t = T[lang]
    out = Path(args.output)
    if out.suffix.lower() != ".key":
        out = out.with_suffix(".key")
    for path in (out, key_file.pub_path(out)):
        if path.exists():  # before any passphrase is typed
            raise TrustError("file_exists", "file exists", name=path.name)
    if args.keys_command == "new":
        pair = key_file.new_key(args.publisher)
        passphrase = _new_passphrase(t["passphrase"].format(name=out.name), t)
        key, pub = key_file.write_key_files(pair, passphrase, out)
        print(t["created"].format(key=key, pub=pub, publisher=pair.public.publisher,
                                  key_id=pair.public.key_id))
        return 0
    return _rotate(args.current, out, t)


def _rotate(current_path: Path, out: Path, t: dict) -> int:
    from etown_desktop.core.trust import key_file
    from etown_desktop.core.trust.rotation import chain_bytes, make_statement, read_chain
    from etown_desktop.core.trust.sign import chain_path

    current = key_file.open_key(current_path, _ask_secret(
        t["current_pass"].format(name=Path(current_path).name)))
    passphrase = _new_passphrase(t["new_pass"].format(name=out.name), t)
    nxt = key_file.new_key(current.public.publisher, current.public.version + 1)
    old_chain = chain_path(current_path)
    changes = read_chain(old_chain.read_bytes()) if old_chain.is_file() else []
    changes.append(make_statement(current, nxt))
    key, _pub = key_file.write_key_files(nxt, passphrase, out)
    from etown_desktop.core.export.atomic import write_bytes

    write_bytes(chain_path(out), chain_bytes(changes))
    key_file.set_sequence_at_least(out, key_file.read_sequence(current_path))
    print(t["rotated"].format(key=key, key_id=nxt.public.key_id, version=nxt.public.version,
                              chain=chain_path(out), old=Path(current_path).name))
    return 0


def _trust(args, _t, lang) -> int:
    from etown_desktop.core.trust.key_file import read_public_key
    from etown_desktop.core.trust.policy import effective_policy
    from etown_desktop.core.trust.trust_store import TrustStore

    t = T[lang]
    store = TrustStore()
    if args.trust_command == "list":
        return _list(store, t)
    if args.trust_command == "add":
        key = read_public_key(args.file)
        if not _confirm(args, t["confirm_add"].format(key_id=key.key_id, publisher=key.publisher), t):
            return 1
        _staff_pin(t)
        store.add(key)
        print(t["added"].format(key_id=key.key_id, publisher=key.publisher,
                                policy=effective_policy(store)))
        return 0
    entry = store.resolve(args.key_id)
    if not _confirm(args, t["confirm_remove"].format(key_id=entry.key.key_id,
                                                     publisher=entry.key.publisher), t):
        return 1
    _staff_pin(t)
    store.remove(entry.key.key_id)
    print(t["removed"].format(key_id=entry.key.key_id, publisher=entry.key.publisher,
                              policy=effective_policy(store)))
    return 0


def _list(store, t: dict) -> int:
    from etown_desktop.core.trust.policy import effective_policy

    active = store.active()
    if not active:
        print(t["none"].format(policy=effective_policy(store)))
        return 0
    print(t["list_head"])
    for entry in active:
        k = entry.key
        print(f"  {k.key_id}  {k.version:>7}  {entry.added[:19].replace('T', ' '):<25}  "
              f"{k.publisher}")
    return 0


def _policy(args, _t, lang) -> int:
    from etown_desktop.core.trust.policy import effective_policy, is_kiosk_laptop
    from etown_desktop.core.trust.trust_store import TrustStore

    t = T[lang]
    store = TrustStore()
    if args.setting:
        _staff_pin(t)
        store.set_policy(None if args.setting == "auto" else args.setting)
        print(t["policy_set"].format(setting=args.setting, policy=effective_policy(store)))
        return 0
    kiosk = is_kiosk_laptop() and store.any_trusted()
    why = t["kiosk"] if kiosk else (t["auto"] if store.policy is None else "")
    print(t["policy"].format(policy=effective_policy(store), why=why))
    return 0


def _staleness(args, _t, lang) -> int:
    from etown_desktop.core.editions import staleness

    if args.months is not None:
        try:
            staleness.set_limit_months(args.months)
        except ValueError as exc:
            from etown_desktop.core.errors import EtownError

            raise EtownError(str(exc)) from exc
    print(T[lang]["staleness_limit"].format(limit=staleness.limit_months()))
    return 0


COMMANDS = {"keys": _keys, "trust": _trust, "policy": _policy, "staleness": _staleness}


# -- hooks for data export / import / status --------------------------------------------------
def export_signer(args: argparse.Namespace, lang: str):
    """``write_pack(sign=…)`` for ``data export --sign KEY`` (None without --sign)."""
    key_path = getattr(args, "sign", None)
    if key_path is None:
        return None
    from etown_desktop.core.trust.key_file import open_key
    from etown_desktop.core.trust.sign import pack_signer

    t = T[lang]
    pair = open_key(key_path, _ask_secret(t["passphrase"].format(name=Path(key_path).name)))
    sign = pack_signer(pair, key_path)

    def announce(files: dict[str, bytes], edition: str) -> dict[str, bytes]:
        from etown_desktop.core.trust.key_file import read_sequence

        entries = sign(files, edition)
        print(t["signed"].format(publisher=pair.public.publisher, key_id=pair.public.key_id,
                                 sequence=read_sequence(key_path)))
        return entries

    return announce


def import_options(args: argparse.Namespace, lang: str) -> dict | None:
    """Keyword arguments for ``prepare_import``; None when staff did not confirm --allow-older."""
    if not getattr(args, "allow_older", False):
        return {}
    if not _confirm(args, T[lang]["confirm_older"], T[lang]):
        return None
    return {"allow_older": True}


def signature_line(plan, lang: str) -> str:
    """'Signature: Signed by NAME · key 3F2A…' for the import report."""
    from etown_desktop.core.trust.signers import signer_line

    t = T[lang]
    trust = getattr(plan, "trust", None)
    signer = trust.signer if trust is not None else None
    text = signer_line(signer, lang) if signer is not None else t["unsigned_note"]
    if trust is not None and trust.allowed_older:
        text += f" · {t['older_note']}"
    return f"{t['signature']}: {text}"


def status_lines(status, lang: str) -> list[str]:
    """The active edition's signer and, when the sources are old, their age."""
    from etown_desktop.core.editions import staleness
    from etown_desktop.core.trust.signers import signer_line, signer_of

    t = T[lang]
    months = staleness.stale_months(staleness.newest_source_date(status.path))
    age = staleness.staleness_text(months, lang) or \
        t["not_stale"].format(limit=staleness.limit_months())
    return [f"{t['signature']}: {signer_line(signer_of(status.edition), lang)}",
            f"{t['staleness']}: {age}"]
