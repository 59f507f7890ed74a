"""Private engine shared by ``aistore.sdk`` and ``aistore.aio``; not a public API."""
