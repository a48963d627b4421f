"""ehcp-qa: quality-assure Education, Health and Care plans."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ehcp-qa")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+source"
