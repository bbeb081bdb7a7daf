"""``present``, ``kiosk`` and ``stats`` given first are parsed by a parser that registers only the
event commands (app/cli.py EVENT_COMMANDS, a shorter start): the same options, defaults and
results as the parser of every command."""

from __future__ import annotations

import pytest

from etown_desktop.app.cli import EVENT_COMMANDS, build_parser

ARGVS = [
    ["present"],
    ["present", "--story", "zone", "--lang", "zh", "--interval", "5", "--screen", "1"],
    ["present", "--screenshot", "x.png", "--slide", "2", "--presenter-view"],
    ["kiosk"],
    ["kiosk", "--idle", "30", "--still-there", "0", "--lang", "en", "--no-supervisor"],
    ["kiosk", "--set-pin"],
    ["stats", "--since", "today", "-o", "out.csv", "--lang", "zh"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_event_parser_parses_as_the_full_parser(argv):
    assert argv[0] in EVENT_COMMANDS
    assert vars(build_parser(argv[0]).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["present", "--idle", "3"], ["kiosk", "--interval", "2"],
                                  ["stats"]], ids=" ".join)
def test_event_parser_refuses_what_the_full_parser_refuses(argv, capsys):
    for parser in (build_parser(argv[0]), build_parser()):
        with pytest.raises(SystemExit) as exc:
            parser.parse_args(argv)
        assert exc.value.code == 2
    errors = capsys.readouterr().err.splitlines()
    assert errors[: len(errors) // 2] == errors[len(errors) // 2:]  # word for word the same message
