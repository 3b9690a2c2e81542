"""Nightly crawls: a cron-like job starting each crawl as a child process; never crawls itself.

Scrapy's Twisted reactor cannot be restarted inside one process, so every run is a
fresh `python -m crawler crawl …` child in its own process group, with a timeout and
its own log file. The scheduler only decides *when*; what a run does is the crawl's job.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from crawler import clock
from crawler.options import check_db_writable, load_registry, sites_option

DEFAULT_AT = "02:00"
DEFAULT_TZ = "Asia/Ho_Chi_Minh"
DEFAULT_JITTER = 600  # seconds: installations started from the README must not all hit at 02:00:00
DEFAULT_TIMEOUT = 6 * 3600
DEFAULT_KEEP_LOGS = 30  # a month of nightly logs
# APScheduler 3.x drops a run that starts more than misfire_grace_time late (default 1 s):
# a machine that wakes from sleep at 05:00 should still crawl the night's run.
MISFIRE_GRACE = 6 * 3600
KILL_GRACE = 30.0  # seconds between SIGTERM (Scrapy closes spiders cleanly) and SIGKILL
TIMED_OUT = 124  # the exit codes timeout(1) and shells use, so cron wrappers read them alike
CANNOT_START = 127
CRAWL_EXITS = {1: "some site failed or was down (see `lhh runs`)"}
JOB_ID = "nightly-crawl"


class ScheduleError(ValueError):
    """A bad --at / --tz value: the message is one line for the user."""


def parse_at(text: str) -> tuple[int, int, int]:
    """"HH:MM" or "HH:MM:SS" (24 h) -> (hour, minute, second)."""
    parts = text.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise ScheduleError(f"--at expects HH:MM (24-hour clock), got {text!r}")
    hour, minute, second = (int(p) for p in (*parts, "0")[:3])
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        raise ScheduleError(f"--at expects HH:MM (24-hour clock), got {text!r}")
    return hour, minute, second


def parse_tz(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(
            f"--tz: unknown time zone {name!r} (an IANA name such as Asia/Ho_Chi_Minh or UTC)"
        ) from None


def make_trigger(at: str, tz: ZoneInfo, jitter: int = 0) -> CronTrigger:
    """Once a day at `at` in `tz`, delayed by a random 0..jitter seconds."""
    hour, minute, second = parse_at(at)
    return CronTrigger(hour=hour, minute=minute, second=second, timezone=tz,
                       jitter=jitter or None)


def next_fire_times(trigger: CronTrigger, now: datetime, count: int) -> list[datetime]:
    """The trigger's next `count` fire times after `now` (no scheduler, no waiting)."""
    times, previous = [], None
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None:
            break
        times.append(fire)
        previous, now = fire, fire
    return times


def crawl_command(sites: Path, db: Path, extra: tuple[str, ...] = ()) -> list[str]:
    """What a nightly run executes: the crawl CLI, in a fresh interpreter."""
    return [sys.executable, "-m", "crawler", "crawl",
            "--sites", str(sites.resolve()), "--db", str(db.resolve()), *extra]


# -- one run: a child process with a timeout and a log ---------------------------------------


@dataclass
class RunResult:
    code: int | None  # None when the run was stopped before it ended on its own
    seconds: float
    log: Path
    timed_out: bool = False
    stopped: bool = False
    note: str | None = None
    limit: float | None = None  # the timeout it ran under

    def describe(self) -> str:
        if self.timed_out:
            text = (f"run timed out (limit {self.limit:g} s) and was killed "
                    f"after {self.seconds:.0f} s")
        elif self.stopped:
            text = f"run stopped with the scheduler after {self.seconds:.1f} s"
        elif self.code == CANNOT_START:
            text = "run failed"
        else:
            verdict = "finished" if self.code == 0 else f"ended with exit code {self.code}"
            text = f"run {verdict} in {self.seconds:.1f} s"
        note = f": {self.note}" if self.note else ""
        return f"{text}{note} (log {self.log})"


def log_path(log_dir: Path, moment: datetime) -> Path:
    """A fresh, timestamped log file name (suffixed if two runs share a second)."""
    base = "crawl-" + moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path, n = log_dir / f"{base}.log", 1
    while path.exists():
        n += 1
        path = log_dir / f"{base}-{n}.log"
    return path


LOG_NAME = re.compile(r"crawl-(\d{8}T\d{6}Z)(?:-(\d+))?\.log")


def run_logs(log_dir: Path) -> list[Path]:
    """The run logs `log_path` named in `log_dir`, oldest first (other files are not ours)."""
    logs = []
    for path in log_dir.iterdir():
        match = LOG_NAME.fullmatch(path.name)
        if match and path.is_file():
            logs.append(((match[1], int(match[2] or 1)), path))
    return [path for _, path in sorted(logs)]


def prune_logs(log_dir: Path, keep: int, current: Path | None = None
               ) -> tuple[list[Path], list[str]]:
    """Delete all but the newest `keep` run logs (0 keeps all): (removed, problems).

    `current`, the log of the run starting now, counts as the newest whatever its name
    says (a clock set back must not delete the log being written).
    """
    if keep <= 0:
        return [], []
    logs = [p for p in run_logs(log_dir) if p != current]
    if current is not None:
        logs.append(current)
    removed, problems = [], []
    for path in logs[:-keep]:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            problems.append(f"{path.name}: {exc.strerror or exc}")
    return removed, problems


def kill_group(proc: subprocess.Popen, grace: float) -> None:
    """SIGTERM the child, then SIGKILL its whole process group once it exits or `grace` ends.

    The child alone gets SIGTERM first: Scrapy then closes its spiders, extraction pool and
    database in order. Nothing it started may outlive it, hence the group-wide SIGKILL.
    """
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:  # the group is empty already
        pass
    proc.wait()


@dataclass
class Runner:
    """Runs the command, one child at a time; `stop()` ends a running child from any thread."""

    command: list[str]
    log_dir: Path
    timeout: float | None = DEFAULT_TIMEOUT
    kill_grace: float = KILL_GRACE
    keep_logs: int = DEFAULT_KEEP_LOGS  # run logs kept in log_dir, this run's included; 0 = all
    meaning: dict[int, str] = field(default_factory=dict)  # exit code -> what it says
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _child: subprocess.Popen | None = field(default=None, repr=False)
    _stopping: bool = field(default=False, repr=False)
    _interrupted: subprocess.Popen | None = field(default=None, repr=False)

    def run(self) -> RunResult | None:
        """One run to its end (or timeout); None if the scheduler is already stopping."""
        self.log_dir.mkdir(parents=True, exist_ok=True)
        started_at = clock.now()
        path = log_path(self.log_dir, started_at)
        # Append mode: the child writes through the same file, the footer must land after it.
        with path.open("a", encoding="utf-8") as log:
            log.write(f"# started {clock.stamp(started_at)}\n"
                      f"# command {shlex.join(self.command)}\n")
            removed, problems = prune_logs(self.log_dir, self.keep_logs, current=path)
            if removed:
                log.write(f"# removed {len(removed)} older log(s), keeping {self.keep_logs}\n")
            for problem in problems:
                log.write(f"# could not remove an older log: {problem}\n")
            log.flush()
            start = time.monotonic()
            with self._lock:
                if self._stopping:
                    log.write("# not started: the scheduler is stopping\n")
                    return None
                try:
                    # Own session = own process group: a timeout kills Scrapy and all it spawned.
                    self._child = subprocess.Popen(
                        self.command, stdin=subprocess.DEVNULL, stdout=log,
                        stderr=subprocess.STDOUT, start_new_session=True,
                    )
                except OSError as exc:
                    result = RunResult(CANNOT_START, 0.0, path, note=f"cannot start: {exc}")
                    log.write(f"# {result.describe()}\n")
                    return result
            child = self._child
            timed_out = False
            try:
                child.wait(timeout=self.timeout or None)
            except subprocess.TimeoutExpired:
                timed_out = True
                kill_group(child, self.kill_grace)
            with self._lock:
                self._child = None
                # Scrapy exits 0 after a graceful SIGTERM: a cut-short run is still "stopped".
                stopped = self._interrupted is child and not timed_out
            seconds = time.monotonic() - start
            code = None if (timed_out or stopped) else child.returncode
            result = RunResult(code, seconds, path, timed_out=timed_out, stopped=stopped,
                               note=self.meaning.get(code), limit=self.timeout)
            log.write(f"\n# {result.describe()}\n")
        return result

    def stop(self) -> None:
        """No new runs; a running child gets SIGTERM, then SIGKILL after the grace period."""
        with self._lock:
            self._stopping = True
            child = self._child
            if child is not None and child.poll() is None:
                self._interrupted = child
            else:
                child = None
        if child is not None:
            kill_group(child, self.kill_grace)


# -- the scheduler ---------------------------------------------------------------------------


def build_scheduler(trigger: CronTrigger, job, tz: ZoneInfo,
                    first_run: datetime | None = None) -> BackgroundScheduler:
    """A scheduler holding the one nightly job: late runs still happen, missed ones coalesce."""
    scheduler = BackgroundScheduler(timezone=tz)
    options = {"next_run_time": first_run} if first_run is not None else {}
    scheduler.add_job(
        job, trigger, id=JOB_ID, name="nightly crawl",
        misfire_grace_time=MISFIRE_GRACE, coalesce=True, max_instances=1, **options,
    )
    return scheduler


def show_time(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %Z")
    utc = moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    return local if local.endswith("UTC") else f"{local} ({utc})"


@dataclass
class Serve:
    """Everything `serve` needs, resolved at the edge."""

    trigger: CronTrigger
    tz: ZoneInfo
    runner: Runner
    run_now: bool = False
    out: TextIO = sys.stdout


def serve(plan: Serve, stop_requested: Callable[[], bool], poll: float = 0.5) -> None:
    """Run the schedule until `stop_requested()`; then end a running child and return.

    Signal handlers only record the signal (taking a lock inside one can deadlock), so
    the main thread looks at that record every `poll` seconds.
    """
    printing = threading.Lock()

    def say(message: str) -> None:
        with printing:
            print(message, file=plan.out, flush=True)

    running = threading.Lock()  # held while a run is going, so stopping can wait for it

    def job() -> None:
        with running:
            say(f"run started at {show_time(clock.now(), plan.tz)}")
            result = plan.runner.run()
            if result is not None:
                say(result.describe())
            if stop_requested():
                return
            upcoming = scheduler.get_job(JOB_ID)
            if upcoming is not None and upcoming.next_run_time:
                say(f"next run: {show_time(upcoming.next_run_time, plan.tz)}")

    first = datetime.now(plan.tz) if plan.run_now else None
    scheduler = build_scheduler(plan.trigger, job, plan.tz, first_run=first)
    scheduler.start()
    idle = threading.Event()  # never set: a wait that the poll interval ends
    try:
        if not plan.run_now:
            say(f"next run: {show_time(scheduler.get_job(JOB_ID).next_run_time, plan.tz)}")
        while not stop_requested():
            idle.wait(poll)
    finally:
        plan.runner.stop()
        # Not shutdown(wait=True): it holds the job store lock while waiting for the run,
        # and a finishing run asks the job store for its next time. Wait for the run here.
        scheduler.shutdown(wait=False)
        with running:
            pass


def run_once(runner: Runner, stop_requested: Callable[[], bool], out: TextIO,
             poll: float = 0.5) -> int:
    """One run now, in a worker thread so a signal can still stop it; returns an exit code."""
    results: list[RunResult | None] = []
    worker = threading.Thread(target=lambda: results.append(runner.run()), name="crawl-run")
    worker.start()
    while worker.is_alive() and not stop_requested():
        worker.join(poll)
    if worker.is_alive():
        runner.stop()
        worker.join()
    result = results[0] if results else None
    if result is None:
        return 1
    print(result.describe(), file=out, flush=True)
    if result.timed_out:
        return TIMED_OUT
    return 1 if result.code is None else result.code


# -- the command -----------------------------------------------------------------------------


@click.command("schedule", context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--at", "at", default=DEFAULT_AT, show_default=True, metavar="HH:MM",
              help="Local time of the nightly run (HH:MM or HH:MM:SS).")
@click.option("--tz", "tz_name", default=DEFAULT_TZ, show_default=True,
              help="IANA time zone of --at.")
@click.option("--jitter", type=click.IntRange(min=0), default=DEFAULT_JITTER, show_default=True,
              metavar="SECONDS", help="Start each run up to this many seconds late, at random.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS",
              help="Kill a run (its whole process group) after this long; 0 = never.")
@click.option("--log-dir", type=click.Path(file_okay=False, path_type=Path), default="logs",
              show_default=True, help="One timestamped log file per run goes here.")
@click.option("--keep-logs", type=click.IntRange(min=0), default=DEFAULT_KEEP_LOGS,
              show_default=True, metavar="N",
              help="Keep the newest N run logs in --log-dir, delete older ones; 0 = keep all.")
@click.option("--run-now", is_flag=True, help="Run once right away, then keep the schedule.")
@click.option("--once", is_flag=True,
              help="Run once right away and exit with its status (for cron).")
@click.option("--list", "list_only", is_flag=True, help="Print the next run times and exit.")
@sites_option
@click.option("--db", "db_path", envvar="LHH_DB", default="archive.db", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Archive database (also $LHH_DB).")
# Tests (and the curious) replace the crawl with any command line; not part of the interface.
@click.option("--command", "command_line", hidden=True)
@click.argument("crawl_args", nargs=-1, type=click.UNPROCESSED)
def schedule_command(at, tz_name, jitter, timeout, log_dir, keep_logs, run_now, once, list_only,
                     sites_path, db_path, command_line, crawl_args):
    """Crawl every night at --at (--tz): each run a child `lhh crawl` with a timeout and a log.

    Arguments after `--` go to `lhh crawl`, e.g. `lhh schedule -- -s DOWNLOAD_DELAY=2`.
    SIGTERM or Ctrl-C stops the scheduler cleanly (a running crawl is terminated).
    """
    try:
        tz = parse_tz(tz_name)
        trigger = make_trigger(at, tz, jitter)
    except ScheduleError as exc:
        raise click.ClickException(str(exc)) from None
    if list_only:
        print_next_runs(at, tz, jitter, sys.stdout)
        return
    if command_line:
        command = shlex.split(command_line)
    else:
        # A broken sites.yaml or an archive that cannot be opened fails now, not at 02:00.
        load_registry(sites_path)
        check_db_writable(db_path)
        command = crawl_command(sites_path, db_path, crawl_args)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"--log-dir: cannot create {log_dir}: {exc}") from None
    runner = Runner(command, log_dir.resolve(), timeout=timeout or None, keep_logs=keep_logs,
                    meaning={} if command_line else CRAWL_EXITS)
    received: list[str] = []

    def on_signal(signum, _frame):
        received.append(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if once:
        code = run_once(runner, lambda: bool(received), sys.stdout)
        if received:
            click.echo(f"stopped ({received[0]})")
        sys.exit(code)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    jitter_note = f", jitter up to {jitter} s" if jitter else ""
    kept = f"the last {keep_logs} kept" if keep_logs else "all kept"
    click.echo(f"scheduler: crawl daily at {at} {tz.key}{jitter_note}, timeout "
               f"{f'{timeout:.0f} s' if timeout else 'none'}; logs in {runner.log_dir} "
               f"({kept})")
    serve(Serve(trigger, tz, runner, run_now=run_now), lambda: bool(received))
    click.echo(f"scheduler stopped ({received[0] if received else 'done'})")


def print_next_runs(at: str, tz: ZoneInfo, jitter: int, out: TextIO, count: int = 5) -> None:
    # Jitter is random per run: list the nominal times and say how late a run may start.
    nominal = make_trigger(at, tz)
    for moment in next_fire_times(nominal, clock.now().astimezone(tz), count):
        print(show_time(moment, tz), file=out)
    if jitter:
        print(f"(each run starts up to {jitter} s later, at random)", file=out)
