// Leak checks compare the process-wide live-tensor count, so tests must not run concurrently.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
