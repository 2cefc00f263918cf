"""Test helpers for code that uses coinspec: the contract-test plugin (needs ``coinspec[mock]``)."""
