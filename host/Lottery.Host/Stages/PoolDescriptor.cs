using System.Text.Json.Nodes;
using Lottery.Host.Options;
using Lottery.Host.Plugins;

namespace Lottery.Host.Stages;

/// <summary>
/// What a pool depends on beyond the IMP run (whose descriptor names the run directory): the method's options, the
/// stage's settings every method shares, and the out-of-distribution sets it is measured on (name: examples). A pool's
/// result.json records it; a saved pool with another descriptor is built again.
/// </summary>
public sealed record PoolDescriptor(
    JsonNode Options, string Checkpoint, int PoolSize, int BatchNormBatches, string BatchNormLoader, IReadOnlyDictionary<string, long> OutOfDistribution)
{
    public static PoolDescriptor Of(ResolvedStrategy method, PoolsOptions pools, IReadOnlyDictionary<string, long> outOfDistribution) => new(
        method.OptionsJson, pools.Checkpoint.ToLowerInvariant(), pools.PoolSize, pools.BatchNormBatches, pools.BatchNormLoader.ToLowerInvariant(),
        new SortedDictionary<string, long>(outOfDistribution.ToDictionary(), StringComparer.Ordinal));
}
