"""Crawling provincial news sites: the Scrapy crawler and a local multi-host test server."""
