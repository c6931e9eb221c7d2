"""Bounded work at the I/O edge: each input is parsed in a worker process under a time and
memory budget, so one hostile file ends with a recorded error and the job goes on."""
from runner.budget import Budget
from runner.worker import BoundedPool, Result, warm_up

__all__ = ["Budget", "BoundedPool", "Result", "warm_up"]
