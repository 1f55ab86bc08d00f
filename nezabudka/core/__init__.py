"""Framework-free domain core: partial dates, criminal-code references, sentences, vocabularies.

Nothing in this package imports Django; the web app, API and CLI are adapters over it.
"""
