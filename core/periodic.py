"""Work the background worker repeats on a schedule (operations' `run_worker`).

Apps register their jobs in `ready()`, so the worker needs to know none of them: articles publishes
scheduled pages every minute, popularity writes pending view counts every few seconds.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    seconds: float
    run: object


_jobs = {}


def register(name, seconds, run):
    """Run `run()` every `seconds` in the worker; registering a name again replaces the job."""
    _jobs[name] = PeriodicJob(name, seconds, run)


def registered_jobs():
    return list(_jobs.values())
