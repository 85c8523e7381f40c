"""Errors raised by domain rules; their messages are Indonesian and fit to show a user."""


class DomainError(ValueError):
    """A rule of the domain was broken; `str(error)` is the message for the user."""
