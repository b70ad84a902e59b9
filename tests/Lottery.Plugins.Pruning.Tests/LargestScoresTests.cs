using Lottery.Contracts.Pruning;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning.Tests;

/// <summary>
/// LargestScores.Keep against a reference built from a stable sort: the k largest, ties going to the earliest
/// position. The long vectors take the sampled bracket path, including adversarial ones for which the sample
/// misleads (the exact fallback must then give the same mask).
/// </summary>
public class LargestScoresTests
{
    public static TheoryData<string, long> Cases() => new()
    {
        { "short-distinct", 7 },
        { "long-distinct", 400_000 },
        { "long-rounded-ties", 1_000_000 },
        { "long-pruned-at-minus-infinity", 300_000 },
        { "long-all-equal", 123_457 },
        { "long-sorted-descending", 2_000_000 },
        { "long-spike-between-samples", 5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Keeps_exactly_the_k_largest_with_ties_to_the_earliest(string kind, long k)
    {
        using var scope = NewDisposeScope();
        var scores = Scores(kind);
        var kept = LargestScores.Keep(scores, k);
        Assert.Equal(ScalarType.Bool, kept.dtype);
        Assert.Equal(k, kept.count_nonzero().item<long>());
        Assert.Equal(Reference(scores.data<float>(), k), kept.data<bool>());
    }

    [Fact]
    public void Keeps_nothing_or_everything_at_the_ends_and_refuses_a_count_out_of_range()
    {
        using var scope = NewDisposeScope();
        var scores = rand(10);
        Assert.Equal(0, LargestScores.Keep(scores, 0).count_nonzero().item<long>());
        Assert.Equal(10, LargestScores.Keep(scores, 10).count_nonzero().item<long>());
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LargestScores.Keep(scores, 11));
        Assert.Contains("cannot keep 11 of 10 scores", error.Message);
    }

    private static Tensor Scores(string kind)
    {
        const long n = 3_000_000;
        manual_seed(7);
        return kind switch
        {
            "short-distinct" => tensor(new float[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5 }),
            "long-distinct" => randn(n),
            // Values on a coarse grid: thousands of entries share the threshold value.
            "long-rounded-ties" => randn(n).mul(10).round(),
            "long-pruned-at-minus-infinity" => randn(n).masked_fill_(rand(n).lt(0.9), double.NegativeInfinity),
            "long-all-equal" => ones(n),
            "long-sorted-descending" => arange(n, ScalarType.Float32).neg(),
            // The few largest sit off the sample's stride: a sample sees none of them.
            "long-spike-between-samples" => zeros(n).index_put_(tensor(new long[] { 1, 3, 5, 7, 9 }), tensor(new float[] { 5, 4, 3, 2, 1 })),
            _ => throw new ArgumentException(kind),
        };
    }

    private static bool[] Reference(float[] scores, long k)
    {
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take((int)k);
        var keep = new bool[scores.Length];
        foreach (var i in order) keep[i] = true;
        return keep;
    }
}
