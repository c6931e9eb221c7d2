"""WhatDoTheyKnow (Alaveteli) as a second source: body feeds -> request JSON -> the request
page's messages and attachments -> one response per authority answer (crawler/wdtk/crawl.py)."""
