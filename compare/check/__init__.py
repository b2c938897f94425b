"""Check: configured events, failure rules and a baseline, for CI."""

from compare.check.baseline import baseline_text, read_baseline
from compare.check.config import Config, Event, Ignore, find_config, load_config
from compare.check.run import EventResult, Failure, run_event

__all__ = [
    "Config",
    "Event",
    "EventResult",
    "Failure",
    "Ignore",
    "baseline_text",
    "find_config",
    "load_config",
    "read_baseline",
    "run_event",
]
