"""The supervisor restarts a crashed kiosk and stops after three crashes within a minute."""

from __future__ import annotations

from etown_desktop.app.kiosk_supervisor import EXIT_CRASH_LOOP, supervise


def test_restarts_after_a_crash_until_a_clean_exit():
    codes = iter([-11, 1, 0])
    now = iter([0.0, 40.0, 200.0])
    runs = []
    assert supervise(["kiosk"], run=lambda c: runs.append(c) or next(codes), clock=lambda: next(now)) == 0
    assert len(runs) == 3


def test_crash_loop_stops_with_a_message():
    now = iter([0.0, 10.0, 20.0])
    shown = []
    code = supervise(["kiosk"], run=lambda c: -9, clock=lambda: next(now), on_crash_loop=shown.append)
    assert code == EXIT_CRASH_LOOP
    assert shown == [[0.0, 10.0, 20.0]]


def test_spread_out_crashes_are_restarted():
    codes = iter([1, 1, 1, 1, 0])
    now = iter([0.0, 50.0, 100.0, 150.0])
    assert supervise(["kiosk"], run=lambda c: next(codes), clock=lambda: next(now)) == 0


def test_not_set_up_is_not_a_crash():
    runs = []
    assert supervise(["kiosk"], run=lambda c: runs.append(c) or 3) == 3
    assert len(runs) == 1


def test_restart_command_runs_the_kiosk_itself_with_the_same_options():
    from etown_desktop.app.cli import build_parser
    from etown_desktop.app.kiosk_supervisor import kiosk_command

    cmd = kiosk_command(["--idle", "45", "--story", "auto", "--lang", "zh"])
    assert cmd[1:3] == ["-m", "etown_desktop"]
    args = build_parser().parse_args(cmd[3:])
    assert (args.command, args.no_supervisor, args.idle, args.story, args.lang) == (
        "kiosk", True, 45.0, "auto", "zh")
