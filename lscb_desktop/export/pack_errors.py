"""What can stop a pack being built. Both leave any previous pack file as it was."""


class PackError(ValueError):
    """A pack could not be built; the message names the paper or folder and the way out."""


class Cancelled(Exception):
    """The build was cancelled by the user; no file was written."""

    def __init__(self):
        super().__init__("The pack was not built: the build was cancelled. Any earlier pack "
                         "is as it was; build the pack again when you are ready.")
