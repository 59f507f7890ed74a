"""ObjectIterator at 1.9.2's module path (``Bucket.list_objects_iter`` returns one)."""

from aistore.sdk._bucket_listing import ObjectIterator

__all__ = ["ObjectIterator"]
