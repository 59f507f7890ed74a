pytest_plugins = ["aistore.devcluster.pytest_plugin"]
pytest_plugins += ["aistore.contract.pytest_plugin"]
