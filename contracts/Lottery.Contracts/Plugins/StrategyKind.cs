namespace Lottery.Contracts.Plugins;

/// <summary>The kinds of strategy a plugin can provide; each is one contract interface.</summary>
public enum StrategyKind
{
    /// <summary><see cref="Architectures.IArchitecture"/>: builds a network for a dataset's input shape and classes.</summary>
    Architecture,

    /// <summary><see cref="Data.IDataset"/>: train/validation/test splits and out-of-distribution sets.</summary>
    Dataset,

    /// <summary><see cref="Pruning.IPruner"/>: a new mask at a target density.</summary>
    Pruner,

    /// <summary><see cref="Transform.ITicketTransformer"/>: a ticket for one architecture made into one for another.</summary>
    TicketTransformer,

    /// <summary><see cref="Pools.IPoolInterpolator"/>: a new ticket from an IMP run's tickets.</summary>
    PoolInterpolator,

    /// <summary><see cref="SparseTraining.IMaskUpdater"/>: a mask that changes during training at a fixed density (contracts 1.3).</summary>
    MaskUpdater,
}
