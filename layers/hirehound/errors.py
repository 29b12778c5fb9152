"""The two error classes the state machines distinguish: retry the first, dead-letter the second."""


class HirehoundError(Exception):
    """Base class for errors raised on purpose by the domain library."""


class TransientError(HirehoundError):
    """Worth retrying: a timeout, a lock conflict, a 5xx or 429 from a provider."""


class PermanentError(HirehoundError):
    """Retrying cannot help: the input is bad. Ends in the dead-letter table with this message."""


class BadInputError(PermanentError):
    """The page or event is malformed, too large, not text, or misses a required field."""
