"""PyTorch datasets over AIS (module paths of the reference SDK); needs `aistore-client[pytorch]`.

Beyond the reference: samples come through Get-Batch, shards are read as streams, every dataset
shares its items out over torch.distributed ranks x DataLoader workers (each item once), is
cheap to pickle to spawn/forkserver workers (nothing is listed before iteration), and the
iterable ones resume mid-epoch under torchdata's `StatefulDataLoader`.
"""

from aistore.pytorch.base_iter_dataset import AISBaseIterDataset
from aistore.pytorch.base_map_dataset import AISBaseMapDataset
from aistore.pytorch.batch_iter_dataset import AISBatchIterDataset
from aistore.pytorch.dynamic_sampler import DynamicBatchSampler
from aistore.pytorch.iter_dataset import AISIterDataset
from aistore.pytorch.map_dataset import AISMapDataset
from aistore.pytorch.multishard_dataset import AISMultiShardStream
from aistore.pytorch.shard_reader import AISShardReader

__all__ = [
    "AISBaseIterDataset",
    "AISBaseMapDataset",
    "AISBatchIterDataset",
    "AISIterDataset",
    "AISMapDataset",
    "AISMultiShardStream",
    "AISShardReader",
    "DynamicBatchSampler",
]
