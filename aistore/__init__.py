"""Python client for AIStore (AIS)."""
