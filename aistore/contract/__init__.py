"""Spec-driven contract checking of AIS / AuthN HTTP exchanges (tests and `python -m`).

    from aistore.contract import Checker, ValidatingTransport, Recorder
    transport = AISTransport(ValidatingTransport(httpx.HTTPTransport()))

Needs `jsonschema`, `referencing` and `PyYAML`, and the spec files (`spec/` of the source tree,
or the directory in `AIS_SPEC_DIR`).
"""

from aistore.contract.transport import Exchange, Recorder, ValidatingTransport, install, uninstall
from aistore.contract.validate import Checker

__all__ = ["Checker", "Exchange", "Recorder", "ValidatingTransport", "install", "uninstall"]
