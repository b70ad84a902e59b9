using Lottery.Contracts.Data;
using static Lottery.Torch.torch;

namespace Lottery.Host.Pools;

/// <summary>
/// The training batches one pool's BatchNorm recalibrations run over. As the training loader (the official
/// <c>update_bn(train_loader)</c>): every recalibration is a new pass, shuffled anew and augmented where training
/// augments, all drawn from one generator seeded for the pool, so the same pool built again (after a kill, say)
/// sees the same batches. Fixed: every recalibration sees the same un-augmented batches in one seeded order, so
/// the mixes of a search are compared on identical data.
/// </summary>
public sealed class RecalibrationLoader : IDisposable
{
    private readonly Generator? stream;
    private readonly ulong seed;
    private readonly bool augment;

    private RecalibrationLoader(Generator? stream, ulong seed, bool augment) => (this.stream, this.seed, this.augment) = (stream, seed, augment);

    /// <summary>Passes as the training loader makes them: one stream of shuffles (and augmentations, with augment) from seed.</summary>
    public static RecalibrationLoader AsTraining(ulong seed, bool augment) => new(new Generator(seed), seed, augment);

    /// <summary>The same un-augmented pass every time, in the order seed draws.</summary>
    public static RecalibrationLoader Fixed(ulong seed) => new(null, seed, augment: false);

    /// <summary>The next pass over train.</summary>
    public IEnumerable<Batch> Batches(IBatchSource train, int batchSize) => stream is null ? FixedPass(train, batchSize) : train.Batches(batchSize, stream, augment);

    private IEnumerable<Batch> FixedPass(IBatchSource train, int batchSize)
    {
        using var order = new Generator(seed);
        foreach (var batch in train.Batches(batchSize, order)) yield return batch;
    }

    /// <summary>
    /// The seed of one pool's stream: the run's seed mixed with the target level and the method's name, so pools
    /// draw independent batches, and each the same ones whenever it is built.
    /// </summary>
    public static ulong PoolSeed(ulong runSeed, int level, string method)
    {
        // FNV-1a over the level and the method's name: stable across processes, unlike string.GetHashCode.
        var hash = 0xCBF29CE484222325UL ^ runSeed;
        foreach (var c in $"{level}/{method.ToLowerInvariant()}")
        {
            hash = unchecked((hash ^ c) * 0x100000001B3UL);
        }
        return hash;
    }

    public void Dispose() => stream?.Dispose();
}
