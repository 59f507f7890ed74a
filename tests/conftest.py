pytest_plugins = ["aistore.devcluster.pytest_plugin"]
