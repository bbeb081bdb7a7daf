"""What the trust checks say, in English and Simplified Chinese (core has no Qt translator; the
CLI and the app both show these in the user's language). One line each."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- an edition pack or workbook refused on import (nothing is changed) --------------------
    "unsigned": ("{name} is refused: it is not signed, and this laptop accepts only signed edition "
                 "packs (policy signed-only).",
                 "{name} 被拒绝：该文件未签名，而本机只接受已签名的版本包（策略 signed-only）。"),
    "unknown_key": ("{name} is refused: it is signed with key {key}, which this laptop does not "
                    "trust. Ask the publisher for their .pub file (data trust add).",
                    "{name} 被拒绝：其签名密钥 {key} 不在本机信任列表中。请向发布方索取 .pub 文件"
                    "（data trust add）。"),
    "removed_key": ("{name} is refused: it is signed with key {key} of {publisher}, which was "
                    "removed from this laptop's trusted keys.",
                    "{name} 被拒绝：其签名密钥 {key}（{publisher}）已从本机信任列表中移除。"),
    "retired_key": ("{name} is refused: it is signed with key {key} of {publisher}, which has been "
                    "replaced by a newer key.",
                    "{name} 被拒绝：其签名密钥 {key}（{publisher}）已被新密钥取代。"),
    "bad_signature": ("{name} is refused: its signature does not match its manifest (changed after "
                      "signing, or not signed by that key).",
                      "{name} 被拒绝：签名与清单不符（签名后被改动，或并非该密钥所签）。"),
    "garbled_signature": ("{name} is refused: its signature is damaged or incomplete ({detail}).",
                          "{name} 被拒绝：签名已损坏或不完整（{detail}）。"),
    "bad_manifest": ("{name} is refused: its signed manifest cannot be read ({detail}).",
                     "{name} 被拒绝：无法读取已签名的清单（{detail}）。"),
    "file_changed": ("{name} is refused: {entry} was changed after the pack was signed.",
                     "{name} 被拒绝：{entry} 在签名后被改动。"),
    "file_added": ("{name} is refused: {entry} was added after the pack was signed.",
                   "{name} 被拒绝：{entry} 是签名后加入的。"),
    "file_removed": ("{name} is refused: {entry} was removed after the pack was signed.",
                     "{name} 被拒绝：{entry} 在签名后被删除。"),
    "mix_and_match": ("{name} is refused: its signed manifest belongs to edition {signed}, but the "
                      "pack holds edition {found}.",
                      "{name} 被拒绝：已签名的清单属于版本 {signed}，而包内是版本 {found}。"),
    "rollback": ("{name} is refused: it is number {sequence} from {publisher}, but number "
                 "{highest} was already imported (an older or replayed pack). Staff can override "
                 "with --allow-older.",
                 "{name} 被拒绝：这是 {publisher} 的第 {sequence} 号版本，而第 {highest} 号已导入"
                 "（旧版本或重放）。工作人员可用 --allow-older 强制导入。"),
    "newer_manifest": ("{name} is refused: it was signed for a newer version of the app (data "
                       "schema {found}; this version reads {supported} and older). Update the "
                       "app first.",
                       "{name} 被拒绝：它由更新版本的应用签名（数据结构版本 {found}，本版本最高"
                       "支持 {supported}）。请先更新应用。"),
    "publisher_mismatch": ("{name} is refused: its manifest names the publisher {claimed}, but key "
                           "{key} belongs to {publisher}.",
                           "{name} 被拒绝：清单署名为 {claimed}，但密钥 {key} 属于 {publisher}。"),
    "bad_rotation": ("{name} is refused: its key change for {publisher} is not signed by both the "
                     "current and the next key ({detail}).",
                     "{name} 被拒绝：{publisher} 的密钥更换声明未同时由当前密钥和新密钥签名"
                     "（{detail}）。"),
    # -- keys, key files, the trust store ------------------------------------------------------
    "wrong_passphrase": ("The passphrase does not open {name}.", "该密码无法打开 {name}。"),
    "bad_key_file": ("{name} is not a publisher key file ({detail}).",
                     "{name} 不是发布方密钥文件（{detail}）。"),
    "bad_pub_file": ("{name} is not a publisher's public key file ({detail}).",
                     "{name} 不是发布方公钥文件（{detail}）。"),
    "file_exists": ("{name} exists already; choose another file name (a key is never overwritten).",
                    "{name} 已存在，请换一个文件名（不会覆盖已有密钥）。"),
    "short_passphrase": ("The passphrase must have at least {min} characters.",
                         "密码至少需要 {min} 个字符。"),
    "passphrase_mismatch": ("The two passphrases differ; nothing was written.",
                            "两次输入的密码不一致，未写入任何文件。"),
    "no_publisher": ("Give the publisher's name (--publisher \"NAME\").",
                     "请给出发布方名称（--publisher \"名称\"）。"),
    "already_trusted": ("Key {key} of {publisher} is trusted already; nothing changed.",
                        "密钥 {key}（{publisher}）已受信任，未做更改。"),
    "no_such_key": ("No trusted key {key} (see data trust list).",
                    "没有受信任的密钥 {key}（见 data trust list）。"),
    "pin_wrong": ("Wrong staff PIN: nothing changed.", "员工 PIN 码错误，未做更改。"),
    "bad_trust_store": ("The trust settings {path} cannot be read ({detail}); nothing changed.",
                        "无法读取信任设置 {path}（{detail}），未做更改。"),
    "same_key": ("The next key must be a new key, not the current one.",
                 "新密钥必须是另一把密钥，不能与当前密钥相同。"),
}


# The details the checks give in parentheses (English in the log), worded for Chinese.
DETAILS_ZH: list[tuple[str, str]] = [
    (r"(?P<x>\S+) is missing", "缺少 {x}"),
    (r"(?P<x>\S+) is too large", "{x} 过大"),
    (r"(?P<n>\d+) bytes instead of (?P<m>\d+)", "长度为 {n} 字节，应为 {m} 字节"),
    (r"not base64.*", "不是 base64 编码"),
    (r"not readable", "无法读取"),
    (r"no key id", "缺少密钥编号"),
    (r"not a text value", "不是文本"),
    (r"it does not start from the trusted key", "并非从本机信任的密钥开始"),
    (r"version (?P<n>\d+) does not follow (?P<m>\d+)", "版本 {n} 不是紧接版本 {m}"),
    (r"the next key is the current key", "新密钥与当前密钥相同"),
    (r"no valid signature by the current key", "缺少当前密钥的有效签名"),
    (r"no valid signature by the next key", "缺少新密钥的有效签名"),
    (r"not a key change (file|statement)", "不是密钥更换声明"),
]


def detail_zh(detail: str) -> str:
    import re

    for pattern, zh in DETAILS_ZH:
        found = re.fullmatch(pattern, detail)
        if found:
            return zh.format(**found.groupdict())
    return detail


def message(rule: str, params: dict, lang: str = "en") -> str | None:
    if rule not in MESSAGES:
        return None
    en, zh = MESSAGES[rule]
    if lang == "zh" and isinstance(params.get("detail"), str):
        params = {**params, "detail": detail_zh(params["detail"])}
    try:
        return (zh if lang == "zh" else en).format(**params)
    except (KeyError, IndexError):
        return None
