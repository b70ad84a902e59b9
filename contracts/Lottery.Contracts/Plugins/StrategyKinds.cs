using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Transform;

namespace Lottery.Contracts.Plugins;

/// <summary>The contract interface of each strategy kind.</summary>
public static class StrategyKinds
{
    private static readonly IReadOnlyDictionary<Type, StrategyKind> ByContract = new Dictionary<Type, StrategyKind>
    {
        [typeof(IArchitecture)] = StrategyKind.Architecture,
        [typeof(IDataset)] = StrategyKind.Dataset,
        [typeof(IPruner)] = StrategyKind.Pruner,
        [typeof(ITicketTransformer)] = StrategyKind.TicketTransformer,
        [typeof(IPoolInterpolator)] = StrategyKind.PoolInterpolator,
        [typeof(IMaskUpdater)] = StrategyKind.MaskUpdater,
    };

    public static StrategyKind Of(Type contract) =>
        ByContract.TryGetValue(contract, out var kind)
            ? kind
            : throw new ArgumentException($"{contract.FullName} is not a strategy contract; expected one of {string.Join(", ", ByContract.Keys.Select(t => t.Name))}");

    public static Type ContractOf(StrategyKind kind) => ByContract.Single(pair => pair.Value == kind).Key;

    /// <summary>"pruner", "ticket-transformer", ... as used in messages and listings.</summary>
    public static string DisplayName(this StrategyKind kind) => kind switch
    {
        StrategyKind.TicketTransformer => "ticket-transformer",
        StrategyKind.PoolInterpolator => "pool-interpolator",
        StrategyKind.MaskUpdater => "mask-updater",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
