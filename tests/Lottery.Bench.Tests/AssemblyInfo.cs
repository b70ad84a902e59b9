// The smoke test starts worker processes that each use the cores: one test class at a time keeps them apart.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
