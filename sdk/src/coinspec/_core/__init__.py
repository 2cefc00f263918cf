"""Shared machinery of the generated clients; import the service packages instead."""
