"""Contract tests of coinspec.atomic, coinspec.coinjoin, coinspec.cryptocoinpro, coinspec.hodlhodl, coinspec.swapgate.

``--base-url URL`` runs one service's file against a live server instead of the mock.
"""

# The contract-test plugin: --base-url, --prefer-codes and their fixtures.
pytest_plugins = ["coinspec.testing.contract"]
