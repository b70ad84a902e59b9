using Lottery.Contracts.Data;
using Lottery.Torch;
using static Lottery.Torch.torch;
using Lottery.Host.Runs;
using Lottery.Host.Options;

namespace Lottery.Host.Training;

/// <summary>A batch with the dispose scope that owns its tensors and everything computed from it.</summary>
public sealed record ScopedBatch(DisposeScope Scope, Batch Batch) : IDisposable
{
    public void Dispose() => Scope.Dispose();
}

public static class ScopedBatches
{
    /// <summary>
    /// Opens a scope before each batch is produced, so the batch's tensors and the step's intermediates are
    /// freed when the caller disposes the item (one step's worth of native memory at a time).
    /// </summary>
    public static IEnumerable<ScopedBatch> Scoped(this IEnumerable<Batch> batches)
    {
        using var enumerator = batches.GetEnumerator();
        while (true)
        {
            var scope = NewDisposeScope();
            if (!enumerator.MoveNext())
            {
                scope.Dispose();
                yield break;
            }
            yield return new ScopedBatch(scope, enumerator.Current);
        }
    }
}
