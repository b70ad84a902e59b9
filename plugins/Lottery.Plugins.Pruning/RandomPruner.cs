using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// The <c>random</c> baseline of the lottery ticket papers: the current mask shuffled within each tensor. Every
/// covered tensor keeps as many weights as the current mask gives it (scaled down in proportion, by largest
/// remainders so the total is exact, when the target density is below the current one), at positions drawn at
/// random by the context's seed: the layerwise densities of the ticket stay, its pattern does not, so
/// weights the current mask pruned may come back.
/// </summary>
public sealed class RandomPruner : IPruner
{
    public const string Name = "random";

    public Mask Prune(PruningContext context)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var target = PruningTarget.Of(context);
        var alive = target.Covered.Select(name => context.Current[name].count_nonzero().item<long>()).ToArray();
        var counts = Apportion(alive, target.KeepCount);
        using var generator = new Generator(context.Seed);
        var kept = target.Covered.Select((name, i) =>
        {
            var weight = target.Weights[name];
            var scores = rand([weight.numel()], float32, generator: generator).to(weight.device);
            return KeyValuePair.Create(name, LargestScores.Keep(scores, counts[i]).view(weight.shape));
        }).ToDictionary();
        return target.ToMask(kept);
    }

    /// <summary>
    /// keep split over the tensors in proportion to their live counts: each gets the floor of its share, and the
    /// weights left over go one each to the largest remainders (the earliest tensor on a tie).
    /// </summary>
    public static long[] Apportion(IReadOnlyList<long> alive, long keep)
    {
        var total = alive.Sum();
        if (total == 0) return new long[alive.Count];
        var shares = alive.Select(a => (decimal)a * keep / total).ToArray();
        var counts = shares.Select(s => (long)Math.Floor(s)).ToArray();
        var left = keep - counts.Sum();
        foreach (var i in Enumerable.Range(0, alive.Count).OrderByDescending(i => shares[i] - counts[i]).ThenBy(i => i).Take((int)left)) counts[i]++;
        return counts;
    }
}
