"""Public AIStore SDK (module paths follow the reference ``aistore`` 1.9.2 SDK)."""
