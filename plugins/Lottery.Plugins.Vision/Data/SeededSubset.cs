using static Lottery.Torch.torch;

namespace Lottery.Plugins.Vision.Data;

/// <summary>
/// A random subset of examples drawn by a seed (the same seed, the same examples), for quick runs on part of a
/// dataset. A count of 0, or one not below the number of examples, keeps them all.
/// </summary>
public static class SeededSubset
{
    /// <summary>count examples of images (N, ...) and labels (N), in the current dispose scope.</summary>
    public static (Tensor Images, Tensor Labels) Take((Tensor Images, Tensor Labels) examples, long count, ulong seed)
    {
        var total = examples.Labels.shape[0];
        if (count <= 0 || count >= total) return examples;
        using var generator = new Generator(seed);
        var chosen = randperm(total, generator: generator).narrow(0, 0, count);
        return (examples.Images.index_select(0, chosen), examples.Labels.index_select(0, chosen));
    }
}
