"""User-facing errors: the CLI prints them as one line and exits non-zero."""


class VlmedgeError(Exception):
    """A problem with the user's input or environment, with the fix in the message.

    Anything else that escapes is a bug in vlmedge and gets a traceback.
    """

    exit_code = 2
