"""AuthN (AIStore authentication server) part of the SDK."""
