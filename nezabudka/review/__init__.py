"""The review queue: suggested facts from ingested reports, accepted or rejected by people."""
