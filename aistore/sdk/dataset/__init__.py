"""Writing local datasets into a bucket as WebDataset shards (1.9.2's ``aistore.sdk.dataset``).

``Bucket.write_dataset(DatasetConfig(...))`` takes these; ``DataShard`` names a group of shards.
"""
