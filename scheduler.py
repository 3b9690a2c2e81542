"""Nightly crawls entry point: `python scheduler.py …` is `lhh schedule …`; no logic here.

Everything lives in crawler/schedule.py, so the two ways in cannot drift apart.
"""

from crawler.schedule import schedule_command


def main() -> None:
    schedule_command(prog_name="scheduler.py")


if __name__ == "__main__":
    main()
