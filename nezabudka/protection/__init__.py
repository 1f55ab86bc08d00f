"""Do no harm: the publication policy, small-count suppression, encryption of restricted
values, tamper-evident history and log redaction.

Framework-free (no Django import anywhere in this package): the web application, the API,
exports, statistics, calendars and letter packs call into it.

- :mod:`nezabudka.protection.policy` — who may see which person and which fields.
- :mod:`nezabudka.protection.suppression` — small counts in public statistics.
- :mod:`nezabudka.protection.crypto` — AEAD encryption of restricted values with a key ring.
- :mod:`nezabudka.protection.chain` — hash chain over the change history.
- :mod:`nezabudka.protection.redact` — keep personal data out of logs and error reports.
"""
