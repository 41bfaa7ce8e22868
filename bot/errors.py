"""Exceptions of incidentbot, in a leaf module so every layer can import them."""

from __future__ import annotations


class IncidentBotError(Exception):
    """Base class of the project's own errors."""


class ConfigError(IncidentBotError):
    """A setting is missing or malformed; the message names the variable."""


class KnownListError(IncidentBotError):
    """A known-list file (places, actors) is malformed; names file, line and problem."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


class FetchError(IncidentBotError):
    """A link could not be read. `reason` is a short text fit to show to the user.

    `transient` says whether trying again later may succeed (timeouts, 5xx).
    """

    reason = "the link could not be read"
    transient = False

    def __init__(self, detail: str = "", *, reason: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        super().__init__(detail or self.reason)


class NotFoundError(FetchError):
    reason = "the page was not found"


class NotAnArticleError(FetchError):
    reason = "the page is not an article"


class TooLargeError(FetchError):
    reason = "the page is too large"


class FetchTimeoutError(FetchError):
    reason = "the site took too long to answer"
    transient = True


class BlockedAddressError(FetchError):
    reason = "the link points to an address the bot may not visit"


class UpstreamError(FetchError):
    reason = "the site answered with an error"
    transient = True
