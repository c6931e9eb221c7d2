"""Scrapy settings: polite by default (see README "Crawling").

`foi crawl` and `scrapy crawl disclosures` both start from these; `--no-polite` (only for
our own 127.0.0.1 sample) and the test delay are applied by crawler.run on top.
"""
from __future__ import annotations

import os

BOT_NAME = "foi-corpus"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and how to reach whoever runs the crawl (FOI_CONTACT: an email or URL).
FOI_CONTACT = os.environ.get("FOI_CONTACT", "")
USER_AGENT = (
    "foi-corpus/0.1 (+https://github.com/foi-corpus/foi-corpus; FOI disclosure-log research; "
    f"contact: {FOI_CONTACT or 'unset, see FOI_CONTACT'})"
)

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8  # across hosts; each host gets one at a time
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
# Scrapy would otherwise wait 0.5x-1.5x the delay; we promise at least the delay.
DOWNLOAD_DELAY_JITTER = 0  # (Scrapy 2.19 name of RANDOMIZE_DOWNLOAD_DELAY=False)
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# On 429/5xx the host's delay is doubled (or set to Retry-After) up to this cap.
FOI_BACKOFF_MAX_DELAY = 120.0

DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024  # the largest PDFs seen are a few MB
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # a truncated body is a failure, never a stored page
REDIRECT_MAX_TIMES = 8
METAREFRESH_ENABLED = False
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
HTTPCACHE_ENABLED = False
LOG_LEVEL = "INFO"
# Names are resolved through a resolver that refuses loopback/private/link-local answers at
# connect time; IP literals are checked by AddressGuardMiddleware (crawler/addresses.py).
TWISTED_DNS_RESOLVER = "crawler.addresses.GuardedResolver"
FOI_SAMPLE_NETLOC = ""  # set by crawler.run for a --sample crawl: the one private address allowed

DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100; one file per server root, as on the sample server where its
    # rules carry each site's path prefix) so a challenged host is not asked again, and before the
    # redirect middleware (600) so redirected requests are checked for leaving the site.
    "crawler.middlewares.AddressGuardMiddleware": 80,
    "crawler.middlewares.SiteGuardMiddleware": 90,
    # --browser: after robots.txt is judged for our own User-Agent, before the User-Agent
    # (400) and cookies (700) middlewares, which keep the browser's that it sets.
    "crawler.middlewares.BrowserRouteMiddleware": 120,
    "crawler.middlewares.ConditionalRequestMiddleware": 580,
    "crawler.middlewares.BackoffMiddleware": 555,
    "crawler.middlewares.ChallengeMiddleware": 950,
}
# Every http(s) fetch goes through the host map (crawler/hostmap.py): a no-op unless
# FOI_HOST_MAP (or the spider's sample server) maps a real host to a local replica.
DOWNLOAD_HANDLERS = {
    "http": "crawler.hostmap.MappedDownloadHandler",
    "https": "crawler.hostmap.MappedDownloadHandler",
}
FOI_HOST_MAP = os.environ.get("FOI_HOST_MAP", "")  # "host=http://127.0.0.1:PORT/host,..."
# The Internet Archive: a discovery route (its CDX index of each log) and the source of a
# response's original bytes when the live site refuses it (crawler/discovery/archive.py).
# Routes beyond the listing walk (crawler/discovery): the log root above a year section, the
# SOH published-items search, robots.txt sitemaps and the Internet Archive's index.
FOI_DISCOVERY = os.environ.get("FOI_DISCOVERY", "root,search,sitemap,archive")
FOI_ARCHIVE = os.environ.get("FOI_ARCHIVE", "1") not in ("0", "false", "no", "off")
FOI_ARCHIVE_URL = os.environ.get("FOI_ARCHIVE_URL", "https://web.archive.org")
ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}
# Several processes on one Redis queue (crawler/queue.py): `foi crawl --queue URL`, or for
# `scrapy crawl disclosures` FOI_QUEUE_URL=redis://HOST:6379/N (and FOI_QUEUE_PREFIX).
# Both middlewares do nothing without a queue.
FOI_QUEUE_URL = os.environ.get("FOI_QUEUE_URL", "")
FOI_QUEUE_PREFIX = os.environ.get("FOI_QUEUE_PREFIX", "foi-crawl:scrapy")
FOI_QUEUE_LEASE = float(os.environ.get("FOI_QUEUE_LEASE", "30"))  # seconds a dead process holds its requests
if FOI_QUEUE_URL:
    from crawler.queue import queue_settings as _queue_settings

    globals().update(_queue_settings(FOI_QUEUE_URL, FOI_QUEUE_PREFIX))
SPIDER_MIDDLEWARES = {"crawler.queue.LeaseRelease": 10}
DOWNLOADER_MIDDLEWARES["crawler.queue.HostTurnMiddleware"] = 990  # nearest the download
EXTENSIONS = {"crawler.progress.ProgressLines": 500,
              "scrapy.extensions.remote_control.RemoteControl": None}  # no listening port needed
# --browser: the headed Chromium's profile (cookies and clearances kept between crawls).
FOI_BROWSER_PROFILE = os.environ.get(
    "FOI_BROWSER_PROFILE",
    os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "browser-profile"))
FOI_PROGRESS_INTERVAL = float(os.environ.get("FOI_PROGRESS_INTERVAL", "1.0"))
