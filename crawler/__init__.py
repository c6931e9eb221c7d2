"""Scrapy project: the generic disclosure-log spider, site profiles, force registry, pipelines."""
