"""The publication's date formats per language (FORMAT_MODULE_PATH); Django's own fill in the rest.

Templates name a format (`date:"DATE_FORMAT"`) instead of spelling one out, so each language gets its
own order and month form: "2 December 2026", "2 декабря 2026" (genitive), "2 dekabr 2026".
"""
