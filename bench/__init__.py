"""`make bench`: this client against the reference SDKs, boto3 and the native tools, one cluster.

Run `python -m bench` from the repository root (`--quick` for a short run, `--help` for more).
"""
