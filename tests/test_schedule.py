"""The nightly scheduler: its trigger on a fake clock, its job options in a real
APScheduler, runs as real child processes (timeout, logs), and `lhh schedule` for real."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from apscheduler.events import EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, EVENT_JOB_SUBMITTED
from click.testing import CliRunner

from crawler.cli import cli
from crawler.schedule import (
    JOB_ID,
    MISFIRE_GRACE,
    TIMED_OUT,
    Runner,
    ScheduleError,
    build_scheduler,
    crawl_command,
    make_trigger,
    next_fire_times,
    parse_at,
    parse_tz,
    prune_logs,
    run_logs,
)
from tests.conftest import ROOT, run_lhh

UTC = timezone.utc
VN = parse_tz("Asia/Ho_Chi_Minh")


def wait_for(predicate, seconds: float = 20.0, what: str = "condition"):
    """Poll `predicate` until it is true or the deadline passes (no fixed sleeps)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


def tiny(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def appender(path: Path, text: str = "ran") -> list[str]:
    return tiny(f"import pathlib; p = pathlib.Path({str(path)!r}); "
                f"p.open('a').write({text!r} + '\\n'); print('child says hello')")


def is_dead(pid: int) -> bool:
    # A killed process nobody has reaped yet is a zombie: dead for our purposes.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


# -- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("02:00", (2, 0, 0)), ("2:05", (2, 5, 0)), ("23:59", (23, 59, 0)), ("00:00:30", (0, 0, 30)),
])
def test_at_accepts_24_hour_times(text, expected):
    assert parse_at(text) == expected


@pytest.mark.parametrize("text", ["24:00", "2", "02:60", "2am", "02:00:61", "", "-1:00"])
def test_at_rejects_anything_else(text):
    with pytest.raises(ScheduleError, match="HH:MM"):
        parse_at(text)


@pytest.mark.parametrize("args, message", [
    (["--at", "25:00"], "--at expects HH:MM"),
    (["--tz", "Asia/Hanoi_City"], "unknown time zone 'Asia/Hanoi_City'"),
])
def test_bad_at_or_tz_is_one_line(args, message):
    result = CliRunner().invoke(cli, ["schedule", *args, "--list"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output


# -- the trigger on a fake clock ------------------------------------------------------------


def test_two_am_in_vietnam_is_seven_pm_utc_the_day_before():
    trigger = make_trigger("02:00", VN)
    noon_utc = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
    fires = next_fire_times(trigger, noon_utc, 3)
    assert [f.astimezone(UTC) for f in fires] == [
        datetime(2026, 1, 10, 19, 0, tzinfo=UTC),
        datetime(2026, 1, 11, 19, 0, tzinfo=UTC),
        datetime(2026, 1, 12, 19, 0, tzinfo=UTC),
    ]
    assert fires[0].astimezone(VN).strftime("%Y-%m-%d %H:%M") == "2026-01-11 02:00"
    # Just after tonight's run, the next one is tomorrow night.
    just_after = datetime(2026, 1, 10, 19, 0, 1, tzinfo=UTC)
    assert next_fire_times(trigger, just_after, 1)[0].astimezone(UTC) == datetime(
        2026, 1, 11, 19, 0, tzinfo=UTC)
    # The same --at in another zone is another instant: the zone is really applied.
    utc_trigger = make_trigger("02:00", parse_tz("UTC"))
    assert next_fire_times(utc_trigger, noon_utc, 1)[0] == datetime(2026, 1, 11, 2, 0, tzinfo=UTC)


def test_jitter_delays_each_run_within_bounds():
    jitter = 600
    nominal = datetime(2026, 1, 10, 19, 0, tzinfo=UTC)
    noon_utc = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
    jittered = make_trigger("02:00", VN, jitter=jitter)
    delays = [(jittered.get_next_fire_time(None, noon_utc) - nominal).total_seconds()
              for _ in range(300)]
    assert all(0 <= d <= jitter for d in delays)
    assert max(delays) - min(delays) > jitter / 2  # really spread, not a constant offset
    plain = make_trigger("02:00", VN, jitter=0)
    assert {plain.get_next_fire_time(None, noon_utc) for _ in range(20)} == {nominal}


def test_list_prints_next_runs_from_the_clock():
    result = CliRunner().invoke(cli, ["schedule", "--list", "--jitter", "300"],
                                env={"LHH_NOW": "2026-01-10T12:00:00+00:00"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "2026-01-11 02:00:00 +07 (2026-01-10 19:00:00 UTC)"
    assert lines[1].startswith("2026-01-12 02:00:00 +07")
    assert "300 s" in lines[-1]


# -- the job's options in a real scheduler ---------------------------------------------------


def recording_job():
    calls, done = [], threading.Event()

    def job():
        calls.append(datetime.now(UTC))
        done.set()

    return job, calls, done


def test_job_options_late_runs_still_happen_once(tmp_path):
    assert MISFIRE_GRACE >= 3600
    now = datetime.now(VN)
    # The nightly time was an hour ago, and the scheduler last ran three nights before that
    # (a machine asleep for days): the missed nights coalesce into one run, an hour late.
    at = (now - timedelta(hours=1)).strftime("%H:%M:%S")
    job, calls, done = recording_job()
    scheduler = build_scheduler(make_trigger(at, VN), job, VN,
                                first_run=now - timedelta(days=3, hours=1))
    submitted = []
    scheduler.add_listener(lambda e: submitted.append(e), EVENT_JOB_SUBMITTED)
    scheduler.start()
    try:
        stored = scheduler.get_job(JOB_ID)
        assert (stored.coalesce, stored.max_instances) == (True, 1)
        assert stored.misfire_grace_time == MISFIRE_GRACE
        assert done.wait(10), "the late run did not happen"
        wait_for(lambda: scheduler.get_job(JOB_ID).next_run_time > datetime.now(VN),
                 what="the job to be rescheduled")
    finally:
        scheduler.shutdown(wait=True)
    assert len(calls) == 1 and len(submitted) == 1


def test_without_the_grace_time_the_late_run_would_be_dropped():
    # The contrast that makes the test above meaningful: APScheduler's default grace (1 s).
    now = datetime.now(VN)
    at = (now - timedelta(hours=1)).strftime("%H:%M:%S")
    job, calls, _ = recording_job()
    scheduler = build_scheduler(make_trigger(at, VN), job, VN,
                                first_run=now - timedelta(hours=1))
    scheduler.get_job(JOB_ID).modify(misfire_grace_time=1)
    missed = threading.Event()
    scheduler.add_listener(lambda e: missed.set(), EVENT_JOB_MISSED)
    scheduler.start()
    try:
        assert missed.wait(10)
    finally:
        scheduler.shutdown(wait=True)
    assert calls == []


def test_a_running_job_is_not_started_twice(tmp_path):
    # max_instances=1: a run still going when the next fire time comes is not doubled.
    release, started = threading.Event(), []

    def slow_job():
        started.append(1)
        release.wait(10)

    now = datetime.now(VN)
    scheduler = build_scheduler(make_trigger(now.strftime("%H:%M:%S"), VN), slow_job, VN,
                                first_run=now)
    executed = threading.Event()
    scheduler.add_listener(lambda e: executed.set(), EVENT_JOB_EXECUTED)
    scheduler.start()
    try:
        wait_for(lambda: started, what="the first run")
        job = scheduler.get_job(JOB_ID)
        job.modify(next_run_time=datetime.now(VN))  # due again while the first still runs
        scheduler.wakeup()
        wait_for(lambda: scheduler.get_job(JOB_ID).next_run_time > datetime.now(VN)
                 + timedelta(hours=1), what="the second fire time to pass")
        release.set()
        assert executed.wait(10)
    finally:
        release.set()
        scheduler.shutdown(wait=True)
    assert len(started) == 1


# -- one run: a real child process ------------------------------------------------------------


def test_a_run_is_a_child_process_with_its_own_log(tmp_path):
    marker = tmp_path / "marker"
    runner = Runner(appender(marker), tmp_path / "logs", timeout=30)
    first, second = runner.run(), runner.run()
    assert marker.read_text().splitlines() == ["ran", "ran"]
    assert first.code == 0 and not first.timed_out and "finished" in first.describe()
    assert first.log != second.log and first.log.parent == tmp_path / "logs"
    log = first.log.read_text()
    assert log.index("# command") < log.index("child says hello") < log.index("# run finished")


def test_a_failing_run_reports_its_exit_code(tmp_path):
    result = Runner(tiny("import sys; sys.exit(3)"), tmp_path, timeout=30).run()
    assert result.code == 3 and "exit code 3" in result.describe()


def test_a_run_over_its_timeout_is_killed_with_its_process_group(tmp_path):
    pids = tmp_path / "pids"
    # The child starts a grandchild (as Scrapy may), then both would sleep far too long.
    code = (
        "import subprocess, sys, time, pathlib; "
        "g = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)']); "
        f"pathlib.Path({str(pids)!r}).write_text(str(g.pid)); time.sleep(120)"
    )
    runner = Runner(tiny(code), tmp_path / "logs", timeout=1.5, kill_grace=5)
    start = time.monotonic()
    result = runner.run()
    assert result.timed_out and result.code is None
    assert time.monotonic() - start < 15
    assert "timed out (limit 1.5 s)" in result.describe()
    assert "timed out" in result.log.read_text()
    grandchild = int(pids.read_text())
    wait_for(lambda: is_dead(grandchild), 10, "the grandchild to die")


def test_a_command_that_cannot_start_is_reported_not_raised(tmp_path):
    result = Runner([str(tmp_path / "no-such-program")], tmp_path / "logs").run()
    assert result.code == 127 and "cannot start" in result.describe()
    assert "cannot start" in result.log.read_text()


def test_an_unusable_log_dir_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = CliRunner().invoke(cli, ["schedule", "--once", "--log-dir", str(blocker / "logs"),
                                      "--command", "true"])
    assert result.exit_code == 1 and "--log-dir" in result.output
    assert "Traceback" not in result.output


def test_once_reports_a_timeout_as_exit_124(tmp_path):
    result = CliRunner().invoke(cli, [
        "schedule", "--once", "--timeout", "1", "--log-dir", str(tmp_path),
        "--command", shlex.join(tiny("import time; time.sleep(60)")),
    ])
    assert result.exit_code == TIMED_OUT
    assert "timed out" in result.output
    assert len(list(tmp_path.glob("crawl-*.log"))) == 1


def test_the_default_command_is_a_crawl_child(tmp_path):
    command = crawl_command(Path("sites.yaml"), Path("x.db"), ("-s", "DOWNLOAD_DELAY=0"))
    assert command[:4] == [sys.executable, "-m", "crawler", "crawl"]
    assert command[command.index("--sites") + 1] == str(Path("sites.yaml").resolve())
    assert command[command.index("--db") + 1] == str(Path("x.db").resolve())
    assert command[-2:] == ["-s", "DOWNLOAD_DELAY=0"]


def test_an_archive_that_cannot_open_fails_at_start_not_at_night(tmp_path):
    sites = tmp_path / "sites.yaml"
    sites.write_text("sites:\n  - {id: x, name: X, url: 'http://x.example/'}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["schedule", "--sites", str(sites), "--db",
                                      str(tmp_path / "missing-dir" / "a.db")])
    assert result.exit_code == 1 and "cannot open archive" in result.output
    assert "Traceback" not in result.output


def test_a_broken_registry_fails_at_start_not_at_night(tmp_path):
    bad = tmp_path / "sites.yaml"
    bad.write_text("sites:\n  - id: x\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["schedule", "--sites", str(bad), "--log-dir",
                                      str(tmp_path / "logs")])
    assert result.exit_code == 1 and str(bad) in result.output
    assert not (tmp_path / "logs").exists()


# -- old run logs are pruned -----------------------------------------------------------------


def make_logs(log_dir: Path, *names: str) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        (log_dir / name).write_text(f"# {name}\n")


OLD_LOGS = ("crawl-20251230T190000Z.log", "crawl-20251231T190000Z.log",
            "crawl-20251231T190000Z-2.log", "crawl-20260101T190000Z.log",
            "crawl-20260102T190000Z.log")
NOT_RUN_LOGS = ("cron.log", "notes.txt", "crawl-latest.log")


def test_run_logs_are_ordered_by_their_time_and_suffix(tmp_path):
    make_logs(tmp_path, *reversed(OLD_LOGS), *NOT_RUN_LOGS)
    assert [p.name for p in run_logs(tmp_path)] == list(OLD_LOGS)
    removed, problems = prune_logs(tmp_path, 2)
    assert [p.name for p in removed] == list(OLD_LOGS[:3]) and not problems
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [*OLD_LOGS[3:], *NOT_RUN_LOGS])
    assert prune_logs(tmp_path, 0) == ([], [])  # 0 keeps all
    assert len(run_logs(tmp_path)) == 2


def test_the_log_being_written_is_never_pruned(tmp_path):
    """Even when the clock was set back and its name sorts first."""
    make_logs(tmp_path, *OLD_LOGS, "crawl-20200101T000000Z.log")
    removed, _ = prune_logs(tmp_path, 1, current=tmp_path / "crawl-20200101T000000Z.log")
    assert len(removed) == len(OLD_LOGS)
    assert [p.name for p in run_logs(tmp_path)] == ["crawl-20200101T000000Z.log"]


def schedule_once(log_dir: Path, now: str, *args: str):
    return run_lhh("schedule", "--once", "--log-dir", str(log_dir), *args,
                   "--command", shlex.join(tiny("print('child says hello')")),
                   env={"LHH_NOW": now}, timeout=60)


def test_each_run_keeps_the_newest_logs_and_nothing_else_is_touched(tmp_path):
    logs = tmp_path / "logs"
    make_logs(logs, *OLD_LOGS, *NOT_RUN_LOGS)
    run = schedule_once(logs, "2026-01-04T02:00:00+07:00", "--keep-logs", "3")
    assert run.code == 0, run.stderr
    assert [p.name for p in run_logs(logs)] == [*OLD_LOGS[-2:], "crawl-20260103T190000Z.log"]
    assert all((logs / name).exists() for name in NOT_RUN_LOGS)
    this_run = (logs / "crawl-20260103T190000Z.log").read_text()
    assert "# removed 3 older log(s), keeping 3" in this_run and "child says hello" in this_run
    # Night after night the directory holds the newest N, whatever N was before.
    for day in (5, 6, 7):
        assert schedule_once(logs, f"2026-01-{day:02d}T02:00:00+07:00", "--keep-logs", "2").code == 0
    assert [p.name for p in run_logs(logs)] == ["crawl-20260105T190000Z.log",
                                                "crawl-20260106T190000Z.log"]


def test_keep_logs_0_keeps_every_log(tmp_path):
    logs = tmp_path / "logs"
    make_logs(logs, *OLD_LOGS)
    assert schedule_once(logs, "2026-01-04T02:00:00+07:00", "--keep-logs", "0").code == 0
    assert len(run_logs(logs)) == len(OLD_LOGS) + 1


def test_the_default_keeps_30_logs(tmp_path):
    logs = tmp_path / "logs"
    make_logs(logs, *(f"crawl-202512{day:02d}T190000Z.log" for day in range(1, 32)))
    assert schedule_once(logs, "2026-01-04T02:00:00+07:00").code == 0
    kept = [p.name for p in run_logs(logs)]
    assert len(kept) == 30 and kept[0] == "crawl-20251203T190000Z.log"


# -- `lhh schedule` for real, in a child process --------------------------------------------


def start_scheduler(tmp_path: Path, *args: str) -> tuple[subprocess.Popen, Path]:
    out = tmp_path / "scheduler.out"
    env = {k: v for k, v in os.environ.items() if k not in ("LHH_DB", "LHH_NOW")}
    env["PYTHONPATH"] = str(ROOT)
    with out.open("w") as sink:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler", "schedule", "--log-dir", str(tmp_path / "logs"),
             *args],
            stdout=sink, stderr=subprocess.STDOUT, env=env, cwd=tmp_path,
        )
    return proc, out


def stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


def scheduled_seconds_ahead(tmp_path: Path, command: list[str]):
    """A `lhh schedule` whose nightly time (Vietnam time, the default --tz) is seconds away.

    A slow machine may start the scheduler after that moment (it would then wait for
    tomorrow): its first line says which run it waits for, so retry with a longer lead.
    """
    for lead in (4, 10, 25):
        target = datetime.now(VN).replace(microsecond=0) + timedelta(seconds=lead)
        proc, out = start_scheduler(tmp_path, "--at", target.strftime("%H:%M:%S"),
                                    "--jitter", "0", "--command", shlex.join(command))
        announced = wait_for(lambda out=out: "next run:" in out.read_text() and out.read_text(), 30,
                             "the scheduler to announce its next run")
        if target.strftime("%Y-%m-%d %H:%M:%S") in announced:
            return proc, out
        assert stop(proc) == 0
    raise AssertionError("the scheduler never started in time for a run a few seconds ahead")


def test_a_job_a_few_seconds_ahead_runs_once_then_sigterm_stops_cleanly(tmp_path):
    marker = tmp_path / "marker"
    proc, out = scheduled_seconds_ahead(tmp_path, appender(marker))
    try:
        wait_for(lambda: "run finished" in out.read_text(), 40, "the scheduled run")
    finally:
        code = stop(proc)
    text = out.read_text()
    assert code == 0, text
    assert "scheduler stopped (SIGTERM)" in text
    assert marker.read_text() == "ran\n"  # once
    logs = list((tmp_path / "logs").glob("crawl-*.log"))
    assert len(logs) == 1 and "child says hello" in logs[0].read_text()
    assert text.count("next run:") == 2  # tomorrow's run announced after tonight's


def test_sigterm_during_a_run_stops_the_child_too(tmp_path):
    pid_file, closed = tmp_path / "pid", tmp_path / "closed"
    # Like Scrapy: on SIGTERM the child closes cleanly and exits 0, its run cut short.
    code = (
        "import os, pathlib, signal, sys, time\n"
        "def close(*_):\n"
        f"    pathlib.Path({str(closed)!r}).write_text('closed')\n"
        "    sys.exit(0)\n"
        "signal.signal(signal.SIGTERM, close)\n"
        f"pathlib.Path({str(pid_file)!r}).write_text(str(os.getpid()))\n"
        "time.sleep(120)\n"
    )
    proc, out = start_scheduler(tmp_path, "--run-now", "--command", shlex.join(tiny(code)))
    try:
        child = int(wait_for(lambda: pid_file.exists() and pid_file.read_text(), 30,
                             "the child to start"))
    finally:
        exit_code = stop(proc)
    text = out.read_text()
    assert exit_code == 0, text
    assert "run stopped with the scheduler" in text and "scheduler stopped (SIGTERM)" in text
    assert closed.read_text() == "closed"  # SIGTERM first, so it could close cleanly
    wait_for(lambda: is_dead(child), 10, "the child to die")


def test_the_long_running_scheduler_prunes_logs_at_each_run(tmp_path):
    make_logs(tmp_path / "logs", *OLD_LOGS)
    proc, out = start_scheduler(tmp_path, "--run-now", "--keep-logs", "2",
                                "--command", shlex.join(appender(tmp_path / "marker")))
    try:
        wait_for(lambda: "run finished" in out.read_text(), 40, "the run")
    finally:
        assert stop(proc) == 0, out.read_text()
    assert "(the last 2 kept)" in out.read_text()
    kept = run_logs(tmp_path / "logs")
    assert [p.name for p in kept[:1]] == [OLD_LOGS[-1]] and len(kept) == 2
    assert "child says hello" in kept[1].read_text()


def test_scheduler_py_is_the_same_command():
    env = {k: v for k, v in os.environ.items() if k != "LHH_DB"}
    env["LHH_NOW"] = "2026-01-10T12:00:00+00:00"
    done = subprocess.run([sys.executable, "scheduler.py", "--list", "--at", "03:15"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "2026-01-11 03:15:00 +07 (2026-01-10 20:15:00 UTC)"
