"""Several crawl processes (on one machine or many) on one Redis queue: `foi crawl --queue
redis://HOST:6379/N`.

Built on scrapy-redis (its scheduler, priority queue and request serialiser); what it does
not give, added here:

- a lease for every request a process takes: popping a request and recording it under the
  process's lease hash is one Lua script, so a request is always either queued or leased.
  A lease is dropped once the request's callback output is wholly handled (its items
  stored, its follow-up requests queued). A process that stops renewing its heartbeat key
  (SIGKILL, power cut, lost network) is found by any other process, and its leases go back
  on the queue: nothing is lost, at worst a request is fetched twice;
- one seen-set for the crawl (the scrapy-redis dupefilter's key): a new request is marked
  seen and queued in one Lua step, or not at all when it was seen, so each page is queued
  once by all the processes together, and a process killed between the two steps cannot
  leave a URL marked seen but never queued (the parent's lease brings the parent back, and
  its callback queues the child again);
- one turn per host across processes (HostTurnMiddleware): a Redis key taken before each
  download and kept for the delay after it, so the one-request-at-a-time-per-host promise
  with at least DOWNLOAD_DELAY between requests holds across machines;
- an end: a process with nothing to do stays while another live process holds leases (it
  may yet queue more); the last one out deletes the crawl's keys, so the next crawl with
  the same prefix starts afresh, while a crawl whose every process died resumes from
  what is left in Redis.

Keys, all under FOI_QUEUE_PREFIX (default `foi-crawl:<job>`): `:requests` (sorted set),
`:seen` (set of fingerprints), `:workers` (set), `:alive:<worker>` (heartbeat, expires),
`:leases:<worker>` and `:scores:<worker>` (hashes), `:host:<slot>` (the host's turn).
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.scheduler import Scheduler

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

LEASE = "foi_lease"  # request.meta key: the lease this request was taken under
request_queued = object()  # signal: the request is in Redis now (sent by QueueScheduler)
TURN = "foi_host_turn"  # request.meta key: (key, token) of the host turn held for it

# Pop the best request and lease it to this worker in one step.
_POP = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #item == 0 then return nil end
redis.call('ZREM', KEYS[1], item[1])
local field = redis.sha1hex(item[1])
redis.call('HSET', KEYS[2], field, item[1])
redis.call('HSET', KEYS[3], field, item[2])
return {field, item[1]}
"""

# Queue a request unless the crawl has seen it: marking it seen and queuing it are one step,
# so a process killed between the two cannot leave a URL marked seen that nobody will fetch.
# KEYS: seen set, queue. ARGV: fingerprint, score, encoded request.
_QUEUE_ONCE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
ONCE = "foi_queue_once"  # request.meta key: queue this request only if the crawl has not seen it

# Give back the leases of every worker whose heartbeat key has expired. ARGV[1]: prefix.
_REAP = """
local back = 0
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', ARGV[1] .. ':alive:' .. w) == 0 then
    local leases = ARGV[1] .. ':leases:' .. w
    local scores = ARGV[1] .. ':scores:' .. w
    local flat = redis.call('HGETALL', leases)
    for i = 1, #flat, 2 do
      local score = redis.call('HGET', scores, flat[i]) or '0'
      redis.call('ZADD', KEYS[2], score, flat[i + 1])
      back = back + 1
    end
    redis.call('DEL', leases, scores)
    redis.call('SREM', KEYS[1], w)
  end
end
return back
"""

# This worker leaves. ARGV: prefix, worker, '1' to give its leases back (not finished).
# When it was the last and nothing is queued, the crawl is over: its keys go.
_LEAVE = """
local leases = ARGV[1] .. ':leases:' .. ARGV[2]
local scores = ARGV[1] .. ':scores:' .. ARGV[2]
if ARGV[3] == '1' then
  local flat = redis.call('HGETALL', leases)
  for i = 1, #flat, 2 do
    redis.call('ZADD', KEYS[2], redis.call('HGET', scores, flat[i]) or '0', flat[i + 1])
  end
end
redis.call('DEL', leases, scores, ARGV[1] .. ':alive:' .. ARGV[2])
redis.call('SREM', KEYS[1], ARGV[2])
if redis.call('SCARD', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('DEL', KEYS[2], KEYS[3])
  return 1
end
return 0
"""

# Hand the host's turn on: kept for the delay after the download, then free.
_RELEASE_TURN = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if tonumber(ARGV[2]) > 0 then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
  return redis.call('DEL', KEYS[1])
end
return 0
"""


def queue_settings(url: str, prefix: str, lease_seconds: float | None = None) -> dict[str, Any]:
    """The Scrapy settings that put a crawl on the shared queue at `url` under `prefix`."""
    out: dict[str, Any] = {
        "FOI_QUEUE_URL": url, "FOI_QUEUE_PREFIX": prefix, "REDIS_URL": url,
        "SCHEDULER": "crawler.queue.QueueScheduler", "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests", "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:seen",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
    }
    if lease_seconds is not None:
        out["FOI_QUEUE_LEASE"] = lease_seconds
    return out


def check_queue_url(url: str) -> None:
    """Only redis:// (or rediss://) URLs; a clear message otherwise."""
    scheme = urlsplit(url).scheme
    if scheme not in ("redis", "rediss", "unix"):
        raise ValueError(f"--queue {url}: give a Redis URL, e.g. redis://127.0.0.1:6379/0")


class QueueScheduler(Scheduler):
    """scrapy-redis's scheduler with leases, a heartbeat and a shared end (module doc)."""

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "QueueScheduler":
        instance = super().from_crawler(crawler)
        settings = crawler.settings
        instance.crawler = crawler
        instance.prefix = settings.get("FOI_QUEUE_PREFIX") or "foi-crawl:default"
        instance.lease_seconds = max(1.0, settings.getfloat("FOI_QUEUE_LEASE", 30.0))
        instance.worker = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        instance.workers_key = f"{instance.prefix}:workers"
        instance.leases_key = f"{instance.prefix}:leases:{instance.worker}"
        instance.scores_key = f"{instance.prefix}:scores:{instance.worker}"
        instance.alive_key = f"{instance.prefix}:alive:{instance.worker}"
        server = instance.server
        instance._pop = server.register_script(_POP)
        instance._reap = server.register_script(_REAP)
        instance._leave = server.register_script(_LEAVE)
        instance._queue_once = server.register_script(_QUEUE_ONCE)
        instance._beat = None
        crawler.signals.connect(instance.spider_idle, signal=signals.spider_idle)
        return instance

    def open(self, spider: Any) -> None:
        super().open(spider)
        self._heartbeat()
        self.server.sadd(self.workers_key, self.worker)
        self.reap()
        # A thread, not a reactor call: parsing a response blocks the reactor for seconds,
        # and a busy worker must not look dead.
        self._stop_beat = threading.Event()
        self._beat = threading.Thread(target=self._beat_until_stopped, name="queue-heartbeat", daemon=True)
        self._beat.start()
        spider.shared_seen = self.df  # the spider asks it before queuing a URL
        logger.info("queue %s: worker %s joins (%d requests waiting)", self.prefix, self.worker, len(self.queue))

    def _heartbeat(self) -> None:
        self.server.set(self.alive_key, "1", px=int(self.lease_seconds * 1000))

    def _beat_until_stopped(self) -> None:
        while not self._stop_beat.wait(self.lease_seconds / 4):
            try:
                self._heartbeat()
            except Exception as exc:  # noqa: BLE001 - Redis away for a moment: try again
                logger.warning("queue %s: heartbeat failed: %s", self.prefix, exc)

    def reap(self) -> int:
        """Put the leases of dead workers back on the queue; how many went back."""
        back = int(self._reap(keys=[self.workers_key, self.queue.key], args=[self.prefix]))
        if back:
            logger.warning("queue %s: %d requests of a dead worker back on the queue", self.prefix, back)
            if self.stats:
                self.stats.inc_value("queue/requeued", back)
        return back

    def enqueue_request(self, request: "Request") -> bool:
        lease = request.meta.pop(LEASE, None)
        if request.meta.get(ONCE) and lease is None:  # a new request (not a retry or redirect)
            queued = self._queue_new(request)
        else:
            queued = super().enqueue_request(request)
        if queued:  # (Scrapy's request_scheduled comes before the push, too early for a lease)
            self.crawler.signals.send_catch_log(request_queued, request=request)
        if lease is not None:  # a retry or redirect of a leased request: it is queued again now
            self.release(lease)
        return queued

    def _queue_new(self, request: "Request") -> bool:
        """Mark the request seen and queue it in one step; False when the crawl had seen it."""
        queued = bool(self._queue_once(keys=[self.df.key, self.queue.key], args=[
            self.df.request_fingerprint(request), -request.priority, self.queue._encode_request(request)]))
        if queued and self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return queued

    def next_request(self) -> "Request | None":
        found = self._pop(keys=[self.queue.key, self.leases_key, self.scores_key])
        if not found:
            return None
        field, data = found
        request = self.queue._decode_request(data)
        request.meta[LEASE] = field.decode() if isinstance(field, bytes) else field
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def release(self, lease: str) -> None:
        self.server.hdel(self.leases_key, lease)
        self.server.hdel(self.scores_key, lease)

    def spider_idle(self, spider: Any = None) -> None:
        """Nothing to do here: every request this process took is done. Stay while the
        queue has work or another live process holds leases (it may queue more)."""
        self.server.delete(self.leases_key, self.scores_key)
        self.reap()
        if len(self.queue):
            raise DontCloseSpider
        for worker in self.server.smembers(self.workers_key):
            worker = worker.decode() if isinstance(worker, bytes) else worker
            if worker != self.worker and self.server.hlen(f"{self.prefix}:leases:{worker}"):
                raise DontCloseSpider

    def close(self, reason: str) -> None:
        if self._beat is not None:
            self._stop_beat.set()
            self._beat.join(timeout=5)
        give_back = "0" if reason == "finished" else "1"
        last = self._leave(keys=[self.workers_key, self.queue.key, self.df.key],
                           args=[self.prefix, self.worker, give_back])
        logger.info("queue %s: worker %s leaves (%s)%s", self.prefix, self.worker, reason,
                    "; the crawl is over, its keys deleted" if last else "")


class LeaseRelease:
    """Spider middleware: drop a request's lease once its callback's output is handled,
    i.e. every item it yielded has been through the pipeline (stored) and every request it
    yielded is in Redis (the item_* signals and request_queued say when). Until
    then a kill gives the request back."""

    def __init__(self, crawler: "Crawler") -> None:
        self.crawler = crawler
        self.open: dict[str, list[int]] = {}  # lease -> [outputs not yet handled, output done]
        self.item_lease: dict[int, str] = {}  # id(item) -> the lease of the response it came from
        self.request_lease: dict[int, str] = {}  # the same for requests, until queued

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "LeaseRelease":
        if not crawler.settings.get("FOI_QUEUE_URL"):
            raise NotConfigured
        mw = cls(crawler)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(mw.item_done, signal=signal)
        for signal in (request_queued, signals.request_dropped):
            crawler.signals.connect(mw.request_done, signal=signal)
        return mw

    async def process_spider_output(self, response: Any, result: Any, spider: Any = None) -> Any:
        lease = response.request.meta.get(LEASE) if response.request is not None else None
        if lease is None:
            async for out in result:
                yield out
            return
        state = self.open.setdefault(lease, [0, 0])
        async for out in result:
            state[0] += 1
            if _is_request(out):
                self.request_lease[id(out)] = lease
            else:
                self.item_lease[id(out)] = lease
            yield out
        state[1] = 1
        self._settle(lease)

    def request_done(self, request: Any, **_: Any) -> None:
        self._one_done(self.request_lease.pop(id(request), None))

    def item_done(self, item: Any, **_: Any) -> None:
        self._one_done(self.item_lease.pop(id(item), None))

    def _one_done(self, lease: str | None) -> None:
        if lease is not None and lease in self.open:
            self.open[lease][0] -= 1
            self._settle(lease)

    def _settle(self, lease: str) -> None:
        pending, done = self.open[lease]
        if done and pending <= 0:
            del self.open[lease]
            scheduler = self.crawler.engine.scheduler if self.crawler.engine else None
            if isinstance(scheduler, QueueScheduler):
                scheduler.release(lease)


def _is_request(obj: Any) -> bool:
    from scrapy import Request

    return isinstance(obj, Request)


class HostTurnMiddleware:
    """Downloader middleware: one request at a time per host across every process on the
    queue, with at least the delay between one ending and the next starting.

    The turn is a Redis key per download slot (the force's host), set if absent with the
    holder's token; it expires by itself (download timeout + delay) should its holder die.
    Only when the crawl promises one request at a time per host (the polite default)."""

    POLL = 0.02

    def __init__(self, crawler: "Crawler", server: Any, prefix: str) -> None:
        self.crawler = crawler
        self.server = server
        self.prefix = prefix
        settings = crawler.settings
        self.delay = settings.getfloat("DOWNLOAD_DELAY")
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT", 180.0)
        self._release = server.register_script(_RELEASE_TURN)

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "HostTurnMiddleware":
        settings = crawler.settings
        if not settings.get("FOI_QUEUE_URL") or settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") != 1:
            raise NotConfigured
        from scrapy_redis.connection import get_redis_from_settings

        return cls(crawler, get_redis_from_settings(settings), settings.get("FOI_QUEUE_PREFIX"))

    def _slot_delay(self, slot: str) -> float:
        """This process's delay for the slot (back-off and AutoThrottle raise it)."""
        engine = self.crawler.engine
        found = engine.downloader.slots.get(slot) if engine is not None else None
        return max(self.delay, getattr(found, "delay", 0.0) or 0.0)

    async def process_request(self, request: "Request", spider: Any = None) -> None:
        import asyncio

        slot = request.meta.get("download_slot") or urlsplit(request.url).hostname or "?"
        key = f"{self.prefix}:host:{slot}"
        token = uuid.uuid4().hex
        hold = int((self.timeout + self._slot_delay(slot) + 5) * 1000)
        while not self.server.set(key, token, nx=True, px=hold):
            await asyncio.sleep(self.POLL)
        request.meta[TURN] = (key, token, slot)

    def _done(self, request: "Request") -> None:
        turn = request.meta.pop(TURN, None)
        if turn is not None:
            key, token, slot = turn
            self._release(keys=[key], args=[token, int(self._slot_delay(slot) * 1000)])

    def process_response(self, request: "Request", response: Any, spider: Any = None) -> Any:
        self._done(request)
        return response

    def process_exception(self, request: "Request", exception: Exception, spider: Any = None) -> None:
        self._done(request)
