using Lottery.Contracts.Pruning;

namespace Lottery.Contracts.Tests;

/// <summary>The one global top-k that magnitude pruning and the pools' projection share.</summary>
public sealed class LargestScoresAcrossTests
{
    [Fact]
    public void Keeps_the_k_largest_over_all_tensors_each_shaped_like_its_scores()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new float[] { 0.1f, 0.9f, 0.3f, 0.05f }).view(2, 2);
        var b = tensor(new float[] { 0.6f, 0.2f, 0.8f, 0.4f, 0.7f, 0.01f });

        var kept = LargestScores.KeepAcross([a, b], 4);

        Assert.Equal(new long[] { 2, 2 }, kept[0].shape);
        Assert.Equal(new[] { false, true, false, false }, kept[0].flatten().data<bool>());
        Assert.Equal(new[] { true, false, true, false, true, false }, kept[1].data<bool>());
    }

    [Fact]
    public void Ties_at_the_threshold_go_to_the_earliest_tensor_and_position()
    {
        using var scope = NewDisposeScope();
        var first = tensor(new float[] { 1, 0.5f, 0.5f });
        var second = tensor(new float[] { 0.5f, 2 });

        var kept = LargestScores.KeepAcross([first, second], 3);

        Assert.Equal(new[] { true, true, false }, kept[0].data<bool>());
        Assert.Equal(new[] { false, true }, kept[1].data<bool>());
    }

    [Fact]
    public void No_tensors_keep_nothing_and_a_count_beyond_them_is_refused()
    {
        Assert.Empty(LargestScores.KeepAcross([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestScores.KeepAcross([], 1));
        using var scope = NewDisposeScope();
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestScores.KeepAcross([ones([2])], 3));
    }
}
