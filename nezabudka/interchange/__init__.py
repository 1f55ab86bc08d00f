"""Reading and writing the files organisations exchange (CSV, XLSX, JSON Lines).

Framework-free: parsing, validation and flattening live here; the registry's importer and
exporter move the results in and out of the database.
"""
