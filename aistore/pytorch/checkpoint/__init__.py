"""Checkpoints on AIS: `torch.distributed.checkpoint` storage and single-file `torch.save`.

    import torch.distributed.checkpoint as dcp
    from aistore.pytorch.checkpoint import AISStorageReader, AISStorageWriter, latest, load, save

    dcp.save(state_dict, storage_writer=AISStorageWriter("ais://ckpt/run/step-100"))
    dcp.load(state_dict, storage_reader=AISStorageReader(latest("ais://ckpt/run")))
    save(model.state_dict(), "ais://ckpt/model.pt")
    state = load("ais://ckpt/model.pt", weights_only=True)

A checkpoint becomes visible only once complete, without a rename: a distributed one through
its commit marker (written last, naming its shard objects, which are new objects for every
save), a single-file one through the atomic PUT or multipart `complete()` of its one object.
"""

from aistore.pytorch.checkpoint._dcp import AISStorageReader, AISStorageWriter, ShardSlot
from aistore.pytorch.checkpoint._location import latest
from aistore.pytorch.checkpoint._single import load, save

__all__ = ["AISStorageReader", "AISStorageWriter", "ShardSlot", "latest", "load", "save"]
