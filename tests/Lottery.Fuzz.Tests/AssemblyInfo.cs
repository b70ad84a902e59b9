// HugeHeaderTests compares the process-wide live-tensor count (nothing allocated for a refused file), so tests must not run concurrently.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
