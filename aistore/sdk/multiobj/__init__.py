"""Multi-object operations: select many objects of one bucket and run jobs on them.

`ObjectGroup` (made by `Bucket.objects(...)`) selects by `ObjectNames` (a list),
`ObjectRange` (`prefix{min..max..step}suffix`) or `ObjectTemplate` (any template).
"""

from aistore.sdk.multiobj.object_collection import ObjectCollection
from aistore.sdk.multiobj.object_group import ObjectGroup
from aistore.sdk.multiobj.object_names import ObjectNames
from aistore.sdk.multiobj.object_range import ObjectRange
from aistore.sdk.multiobj.object_template import ObjectTemplate

__all__ = ["ObjectCollection", "ObjectGroup", "ObjectNames", "ObjectRange", "ObjectTemplate"]
