"""The app's routes per area: pages, measurement, evidence, documents, downloads and (with a token) ingest."""
