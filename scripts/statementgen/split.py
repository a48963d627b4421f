"""Train/test split by template family, fixed in code (not per row)."""
import zlib


def held_out(name: str, every: int = 4) -> bool:
    """A stable ~1-in-``every`` choice from a name (crc32, so it does not depend on PYTHONHASHSEED)."""
    return zlib.crc32(name.encode()) % every == 0
