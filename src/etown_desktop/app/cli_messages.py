"""The command line's own sentences in English and Chinese (the headless commands have no Qt
translator; like ``data_cli.T`` and the validation messages, each key has both texts)."""

from __future__ import annotations

T: dict[str, tuple[str, str]] = {
    "built": ("Built {path}", "已生成 {path}"),
    "build_failed": ("Build failed: {error}", "生成失败：{error}"),
    "export_failed": ("Export failed: {error}", "导出失败：{error}"),
    "export_unexpected": ("Export failed unexpectedly: {error}", "导出意外失败：{error}"),
    "interrupted": ("Interrupted; nothing was written.", "已中断，未写入任何文件。"),
    "wrote_kb": ("Wrote {path} ({kb} KB)", "已写入 {path}（{kb} KB）"),
    "csv_excel": ("Format: CSV for Excel: UTF-8 with byte-order mark, CRLF",
                  "格式：适用于 Excel 的 CSV（带字节顺序标记的 UTF-8，CRLF 换行）"),
    "csv_plain": ("Format: plain CSV: UTF-8 without byte-order mark; add --excel for Excel",
                  "格式：普通 CSV（不带字节顺序标记的 UTF-8）；用于 Excel 请加 --excel"),
    "wrote_px": ("Wrote {path} ({w}x{h})", "已写入 {path}（{w}x{h}）"),
    "progress": ("Writing {name}: {step} ({seconds:.0f} s)", "正在写入 {name}：{step}（{seconds:.0f} 秒）"),
    "drawing": ("drawing", "绘制中"),
    "encoding": ("PNG {percent} %", "PNG {percent}%"),
    "slides": ("{n} slides", "{n} 张幻灯片"),
    "one_slide": ("1 slide", "1 张幻灯片"),
    "stats_wrote": ("Wrote {path} ({visits} visits)", "已写入 {path}（{visits} 次访问）"),
    "stats_wrote_one": ("Wrote {path} (1 visit)", "已写入 {path}（1 次访问）"),
    "bad_since": ("--since {value!r} is not a date. Write it as YYYY-MM-DD (e.g. 2026-11-25), or "
                  "'today' or 'yesterday'.",
                  "--since {value!r} 不是日期。请写作 YYYY-MM-DD（例如 2026-11-25），或 today、yesterday。"),
    "slide_range": ("--slide {slide} is out of range: story {story!r} has slides 1 to {count}.",
                    "--slide {slide} 超出范围：故事 {story!r} 的幻灯片为 1 到 {count}。"),
    "size_form": ("--size must look like 1920x1080, not {value!r}.", "--size 须写作 1920x1080 这样的形式，而不是 {value!r}。"),
    "size_range": ("--size {value} is out of range: use {min_w}x{min_h} to {max_w}x{max_h}.",
                   "--size {value} 超出范围：请使用 {min_w}x{min_h} 到 {max_w}x{max_h}。"),
    "unknown_tab": ("Unknown tab {tab!r}. Tabs: {tabs}", "没有名为 {tab!r} 的标签页。标签页：{tabs}"),
    "no_tab": ("No tab given (use --tab NAME). Tabs: {tabs}", "未指定标签页（请用 --tab 名称）。标签页：{tabs}"),
    "no_output": ("No output file given (use -o FILE.png).", "未指定输出文件（请用 -o 文件.png）。"),
    "scale_range": ("--scale {scale} is out of range (0.5 … 4.0).", "--scale {scale} 超出范围（0.5 … 4.0）。"),
    "png_only": ("The output file must end in .png, not {name!r}.", "输出文件须以 .png 结尾，而不是 {name!r}。"),
    "png_failed": ("Could not write {path}.", "无法写入 {path}。"),
    "pin_prompt": ("New staff PIN (4-12 digits): ", "新的工作人员 PIN（4 到 12 位数字）："),
    "pin_again": ("The same PIN again: ", "再次输入同一个 PIN："),
    "pin_mismatch": ("The two PINs differ; the PIN was not changed. Run --set-pin again.",
                     "两次输入的 PIN 不一致，PIN 未更改。请重新运行 --set-pin。"),
    "pin_saved": ("Staff PIN saved (salted scrypt hash) in {path}", "工作人员 PIN 已保存（加盐 scrypt 哈希）：{path}"),
    "pin_cancelled": ("Cancelled; the PIN was not changed.", "已取消，PIN 未更改。"),
}


def say(key: str, lang: str = "en", **params: object) -> str:
    """The sentence ``key`` in ``lang`` ("zh" or anything else for English), filled in."""
    en, zh = T[key]
    return (zh if lang == "zh" else en).format(**params)
