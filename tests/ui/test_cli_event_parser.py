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


# ``present …`` / ``kiosk …`` are read without any parser (app/event_args.py, a show's start):
# the namespace is the parser's, and whatever it cannot read exactly goes to the parser.
FAST_ARGVS = ARGVS[:-1] + [
    ["present", "--story=zone", "--lang=en", "--interval=0.5", "--screen=0"],
    ["present", "--lang", "zh", "--lang", "en"],  # the last one wins
    ["present", "--story", "", "--size", "800x600", "--screenshot", "a b.png"],
    ["present", "--story=-odd", "--slide", " 3"],
    ["kiosk", "--no-supervisor", "--crash-message", "--pin-pad", "--screenshot", "p.png", "--size=x"],
    ["kiosk", "--idle", "1e3", "--still-there", "inf", "--screen", "2", "--story", "zone"],
]
NOT_FAST = [
    [], ["stats", "-o", "x.csv"], ["--lang", "zh", "present"], ["present", "-h"], ["kiosk", "--help"],
    ["present", "--int", "5"], ["present", "--interval", "five"], ["present", "--interval"],
    ["present", "--screen", "-1"], ["present", "--lang", "fr"], ["present", "--lang=both"],
    ["present", "zone"], ["present", "--"], ["kiosk", "--pin-pad=yes"], ["kiosk", "--idle", "-5"],
    ["present", "--idle", "3"], ["kiosk", "--interval", "2"], ["present", "--slide", "1.5"],
]


@pytest.mark.parametrize("argv", FAST_ARGVS, ids=" ".join)
def test_a_show_is_read_as_the_parser_reads_it(argv):
    from etown_desktop.app.event_args import parse_event_args

    fast = parse_event_args(argv)
    assert fast is not None
    assert vars(fast) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", NOT_FAST, ids=lambda a: " ".join(a) or "(nothing)")
def test_what_the_fast_reading_cannot_read_exactly_goes_to_the_parser(argv):
    from etown_desktop.app.event_args import parse_event_args

    assert parse_event_args(argv) is None


@pytest.mark.parametrize("argv", [["present", "--interval", "five"], ["kiosk", "--lang", "fr"],
                                  ["present", "--bogus"], ["kiosk", "--idle"]], ids=" ".join)
def test_a_bad_show_command_line_gets_the_parsers_error(argv, capsys):
    from etown_desktop.app.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    ours = capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)
    assert ours == capsys.readouterr().err and ours.startswith("usage: etown-desktop")


def test_a_shows_help_is_the_parsers(capsys):
    from etown_desktop.app.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["kiosk", "--help"])
    assert exc.value.code == 0
    ours = capsys.readouterr().out
    with pytest.raises(SystemExit):
        build_parser().parse_args(["kiosk", "--help"])
    assert ours == capsys.readouterr().out and "--still-there S" in ours
