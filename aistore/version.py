"""The two versions of this package (one place; pyproject.toml reads `__distribution_version__`).

- `__version__` (also `aistore.__version__`): the SDK API level this package serves, i.e. the
  newest published `aistore` SDK whose surface it implements. Programs written for the
  reference SDK gate features on it ("writing needs >= 1.10", "batch needs >= 1.17"), so it
  follows the reference's numbering, not this project's releases.
- `__distribution_version__` (also `aistore.__distribution_version__`): this distribution's own
  release, the one `importlib.metadata.version("aistore-client")` and pip report, and the one
  the User-Agent header carries.
"""

__version__ = "2.0.0"
__distribution_version__ = "0.1.0"
