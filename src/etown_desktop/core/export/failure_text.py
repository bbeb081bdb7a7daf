"""Why an export was not written, worded for where the user is: the app (which has a file dialog,
so "Choose another folder.") or the command line (which has ``-o``), in English or Chinese."""

from __future__ import annotations

from etown_desktop.core.errors import ExportFailed

# reason -> (English, Chinese): the fact, without advice.
FACTS: dict[str, tuple[str, str]] = {
    "disk_full": ("The disk is full: {name} was not written to {folder}.",
                  "磁盘已满：{name} 未写入 {folder}。"),
    "quota": ("The disk quota is exceeded: {name} was not written to {folder}.",
              "超出磁盘配额：{name} 未写入 {folder}。"),
    "folder_denied": ("The folder {folder} cannot be written to (permission denied).",
                      "文件夹 {folder} 不可写入（权限不足）。"),
    "folder_no_new_files": ("The folder {folder} does not accept new files.",
                            "文件夹 {folder} 不接受新文件。"),
    "folder_missing": ("The folder {folder} does not exist.", "文件夹 {folder} 不存在。"),
    "not_a_folder": ("{folder} is not a folder.", "{folder} 不是文件夹。"),
    "is_a_folder": ("{path} is a folder, not a file name.", "{path} 是文件夹，不是文件名。"),
    "name_too_long": ("The file name {name} is too long.", "文件名 {name} 过长。"),
    "os_error": ("Could not write {path}: {error}.", "无法写入 {path}：{error}。"),
    "no_name": ("No output file name was given. Give a file name ending in {allowed}.",
                "未指定输出文件名。请给出以 {allowed} 结尾的文件名。"),
    "folder_given": ("{path} is a folder, not a file name. Give a file name in it, e.g. {example}.",
                     "{path} 是文件夹，不是文件名。请在其中指定文件名，例如 {example}。"),
    "extension": ("Cannot export to {name}: {suffix} is not a supported file type here. "
                  "Use one of: {allowed}.",
                  "无法导出到 {name}：此处不支持 {suffix} 文件类型。请使用：{allowed}。"),
    "empty": ("Nothing was written for {name}; the export produced an empty file.",
              "{name} 未写入：导出结果为空文件。"),
}
# What the user can do, where they are.
ADVICE: dict[str, dict[str, tuple[str, str]]] = {
    "app": {
        "disk_full": ("Free some space and try again.", "请释放空间后重试。"),
        "folder_denied": ("Choose another folder.", "请选择其他文件夹。"),
        "folder_no_new_files": ("Choose another folder.", "请选择其他文件夹。"),
        "folder_missing": ("Choose another folder.", "请选择其他文件夹。"),
        "not_a_folder": ("Choose another folder.", "请选择其他文件夹。"),
        "is_a_folder": ("Choose a file name.", "请选择文件名。"),
    },
    "cli": {
        "disk_full": ("Free some space and run the command again.", "请释放空间后重新运行命令。"),
        "folder_denied": ("Give -o a file in a folder you can write to.",
                          "请用 -o 指定一个可写入的文件夹中的文件。"),
        "folder_no_new_files": ("Give -o a file in a folder you can write to.",
                                "请用 -o 指定一个可写入的文件夹中的文件。"),
        "folder_missing": ("Create the folder first, or give -o a file in an existing folder.",
                           "请先创建该文件夹，或用 -o 指定已存在文件夹中的文件。"),
        "not_a_folder": ("Give -o a file in a folder.", "请用 -o 指定文件夹中的文件。"),
        "is_a_folder": ("Give -o a file name, not a folder.", "请用 -o 指定文件名，而不是文件夹。"),
    },
}
NO_EXTENSION = ("no extension", "无扩展名")


def failure_sentence(reason: str, params: dict, lang: str = "en", where: str = "cli") -> str:
    """The fact and, where there is one, the advice for ``where`` ("app" or "cli")."""
    i = 1 if lang == "zh" else 0
    values = dict(params)
    if "suffix" in values and not values["suffix"]:
        values["suffix"] = NO_EXTENSION[i]
    parts = [FACTS[reason][i]]
    if reason in ADVICE[where]:
        parts.append(ADVICE[where][reason][i])
    sep = "" if lang == "zh" else " "
    try:
        return sep.join(parts).format(**values)
    except (KeyError, IndexError):
        return sep.join(parts)


def failure_text(exc: ExportFailed, lang: str = "en") -> str:
    """The command line's sentence for ``exc`` (its own message when it has no reason)."""
    reason = getattr(exc, "reason", "")
    if reason in FACTS:
        return failure_sentence(reason, exc.params, lang, where="cli")
    return str(exc)
