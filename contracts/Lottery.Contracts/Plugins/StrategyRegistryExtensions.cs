using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Transform;

namespace Lottery.Contracts.Plugins;

/// <summary>One method per strategy kind, so registrations read as what they register.</summary>
public static class StrategyRegistryExtensions
{
    public static IStrategyRegistry AddArchitecture<TStrategy, TOptions>(this IStrategyRegistry registry, string name, string description)
        where TStrategy : class, IArchitecture where TOptions : class, new() =>
        registry.Add<IArchitecture, TStrategy, TOptions>(name, description);

    public static IStrategyRegistry AddDataset<TStrategy, TOptions>(this IStrategyRegistry registry, string name, string description)
        where TStrategy : class, IDataset where TOptions : class, new() =>
        registry.Add<IDataset, TStrategy, TOptions>(name, description);

    public static IStrategyRegistry AddPruner<TStrategy, TOptions>(this IStrategyRegistry registry, string name, string description)
        where TStrategy : class, IPruner where TOptions : class, new() =>
        registry.Add<IPruner, TStrategy, TOptions>(name, description);

    public static IStrategyRegistry AddTicketTransformer<TStrategy, TOptions>(this IStrategyRegistry registry, string name, string description)
        where TStrategy : class, ITicketTransformer where TOptions : class, new() =>
        registry.Add<ITicketTransformer, TStrategy, TOptions>(name, description);

    public static IStrategyRegistry AddPoolInterpolator<TStrategy, TOptions>(this IStrategyRegistry registry, string name, string description)
        where TStrategy : class, IPoolInterpolator where TOptions : class, new() =>
        registry.Add<IPoolInterpolator, TStrategy, TOptions>(name, description);

    /// <summary>Registers a mask updater (dynamic sparse training). Added in contracts 1.3.</summary>
    public static IStrategyRegistry AddMaskUpdater<TStrategy, TOptions>(this IStrategyRegistry registry, string name, string description)
        where TStrategy : class, IMaskUpdater where TOptions : class, new() =>
        registry.Add<IMaskUpdater, TStrategy, TOptions>(name, description);
}
