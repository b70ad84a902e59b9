using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using static Lottery.Plugins.Pruning.Tests.TinyNetworks;

namespace Lottery.Plugins.Pruning.Tests;

/// <summary>
/// SNIP and GraSP against Synaptic-Flow's Pruners/pruners.py on a network with BatchNorm. The expected scores were
/// computed once with Debian's python3-torch 1.13 (the same libtorch), in float64, by the official code's steps on
/// <see cref="BatchNormNet"/> and <see cref="BatchNormData"/> in two batches of two: SNIP |dL/dmask| of masks of ones
/// multiplying the weights, the mean cross-entropy of each batch back-propagated in turn (gradients summed), divided
/// by the sum of all scores; GraSP with logits / 200, stopped_grads summed over the batches, then (stopped_grads ·
/// grad(create_graph)).backward() per batch, score p.grad * p, divided by |sum| + 1e-10.
/// </summary>
public sealed class OfficialGradientScoreTests
{
    private static readonly string[] Prunable = ["fc1.weight", "fc2.weight"];

    public static TheoryData<string, string, double[], double[]> References() => new()
    {
        {
            "snip", "eval",
            [0.2564246114465021, 0.2718097701031762, 0.076280523971227, 0.06479330469413516, 0.014386467565132927, 0.007193233782566464],
            [0.01573600791661505, 0.09774359695473259, 0.022029587949370297, 0.006744003775667358, 0.117292321006457, 0.049566570834417914]
        },
        {
            "grasp", "eval",
            [0.007098169207186821, -0.007138297203474883, 0.028017187183045984, 0.00525050137319072, 0.02242813579124466, 0.01121406789562233],
            [0.5661649450780851, 0.050516075810314275, -0.010548936637815292, 0.24264213309308183, 0.06061929338117135, 0.02373510645263814]
        },
        {
            "snip", "train",
            [0.0007902198036854991, 0.0010509477370753907, 0.10177337655530948, 0.10554091655793982, 8.732095584696531e-05, 4.809737886622147e-05],
            [0.14316589945620942, 0.08716363833627565, 0.12136197133108506, 0.06135681753566229, 0.10459637015981696, 0.2730644241922272]
        },
        {
            "grasp", "train",
            [2.3411628607681194e-05, -3.1230765153627135e-05, 42.523942559620494, -44.09890544222221, 4.9853006235998167e-05, -2.680820413893204e-05],
            [0.0001570364981909262, 0.26168466147864405, 0.0007856418344241268, 6.730136018799075e-05, 0.31402160625246994, -0.001767694054285689]
        },
    };

    /// <summary>The pruner's scores in two batches of two (as the references), in the given mode or, without one, the default.</summary>
    private static Dictionary<string, Tensor> Scores(string pruner, string? mode, PruningContext context) => pruner switch
    {
        "snip" => new SnipPruner(mode is null ? new GradientScoreOptions { BatchSize = 2 } : new GradientScoreOptions { Mode = mode, BatchSize = 2 }).Scores(context),
        "grasp" => new GraspPruner(mode is null ? new GraspOptions { BatchSize = 2 } : new GraspOptions { Mode = mode, BatchSize = 2 }).Scores(context),
        _ => throw new ArgumentException(pruner),
    };

    /// <summary>
    /// Float32 scores against float64 references: within 1e-5 of the largest score. GraSP's normalisation divides by
    /// |sum|, which in train mode is small against the scores themselves, so its float32 rounding shows up to ~2e-6 of it.
    /// </summary>
    private static void AssertClose(double[] expected, Tensor actual, double scale)
    {
        var values = Values(actual);
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < expected.Length; i++) Assert.True(Math.Abs(expected[i] - values[i]) <= 1e-5 * scale, $"entry {i}: expected {expected[i]}, got {values[i]}");
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Scores_equal_synaptic_flows_and_leave_batchnorm_statistics_as_they_were(string pruner, string mode, double[] fc1, double[] fc2)
    {
        using var model = BatchNormNet();
        using var data = BatchNormData();
        using var current = KeepAll(model, Prunable);
        using var before = StateDict.FromModule(model);
        using var scope = NewDisposeScope();
        var scores = Scores(pruner, mode, Context(model, current, 0.5, data));
        var scale = fc1.Concat(fc2).Max(Math.Abs);
        AssertClose(fc1, scores["fc1.weight"], scale);
        AssertClose(fc2, scores["fc2.weight"], scale);
        // Running statistics (and the batch counter) as they were, whichever mode scored; the model is back in its mode.
        using var after = StateDict.FromModule(model);
        foreach (var name in new[] { "bn.running_mean", "bn.running_var", "bn.num_batches_tracked" }) Assert.Equal(Values(before[name]), Values(after[name]));
        Assert.True(model.training);
    }

    [Theory]
    [InlineData("snip")]
    [InlineData("grasp")]
    public void Eval_is_the_default_and_train_mode_scores_differently_where_batchnorm_normalises(string pruner)
    {
        using var model = BatchNormNet();
        using var data = BatchNormData();
        using var current = KeepAll(model, Prunable);
        using var scope = NewDisposeScope();
        var byDefault = Scores(pruner, null, Context(model, current, 0.5, data));
        var eval = Scores(pruner, "eval", Context(model, current, 0.5, data));
        var train = Scores(pruner, "train", Context(model, current, 0.5, data));
        foreach (var name in Prunable)
        {
            Assert.Equal(Values(eval[name]), Values(byDefault[name]));
            // Batch statistics change every score: the fc1 weights feed BatchNorm, the fc2 weights read its output.
            Assert.All(Values(eval[name]).Zip(Values(train[name])), pair => Assert.True(Math.Abs(pair.First - pair.Second) > 1e-6, $"{name}: {pair.First} in both modes"));
        }
    }

    [Fact]
    public void Snip_and_grasp_keep_the_largest_scores_of_the_weights_alive()
    {
        using var model = BatchNormNet();
        using var data = BatchNormData();
        using var scope = NewDisposeScope();
        // fc2's largest SNIP score (entry 4) and GraSP score (entry 0) are pruned already: they stay pruned.
        using var current = Fc2PartlyPruned();
        var options = new GraspOptions { BatchSize = 2 };
        foreach (var (pruner, expected) in new (IPruner, bool[])[]
        {
            // SNIP eval references: the four largest alive are fc1 0, 1 and 2, and fc2 1.
            (new SnipPruner(options), [true, true, true, false, false, false, false, true, false, false, false, false]),
            // GraSP eval references: the four largest alive are fc2 3, 1 and 5, and fc1 2 (fc2 0, the largest, is pruned).
            (new GraspPruner(options), [false, false, true, false, false, false, false, true, false, true, false, true]),
        })
        {
            using var mask = pruner.Prune(Context(model, current, 4.0 / 12, data));
            Assert.Equal(expected, mask["fc1.weight"].flatten().data<bool>().Concat(mask["fc2.weight"].flatten().data<bool>()));
        }
    }

    [Fact]
    public void Grasp_with_absolute_scores_keeps_the_largest_magnitudes_as_elastic_lth_does()
    {
        using var model = BatchNormNet();
        using var data = BatchNormData();
        using var scope = NewDisposeScope();
        using var current = Fc2PartlyPruned();
        // GraSP eval references, 7 of the 10 alive kept: fc2 3, 1, 5 and fc1 2, 4, 5 either way; then signed takes fc1 0
        // (+0.00710), absolute takes fc2 2 (-0.0105, larger in magnitude than fc1 1's -0.00714 and fc1 0's).
        foreach (var (absolute, fc1, fc2) in new (bool, bool[], bool[])[]
        {
            (false, [true, false, true, false, true, true], [false, true, false, true, false, true]),
            (true, [false, false, true, false, true, true], [false, true, true, true, false, true]),
        })
        {
            using var mask = new GraspPruner(new GraspOptions { BatchSize = 2, AbsoluteScores = absolute }).Prune(Context(model, current, 7.0 / 12, data));
            Assert.Equal(fc1, mask["fc1.weight"].flatten().data<bool>());
            Assert.Equal(fc2, mask["fc2.weight"].flatten().data<bool>());
        }
    }

    // Every fc1 weight alive; fc2's entries 0 and 4 pruned.
    private static Mask Fc2PartlyPruned() => new([
        KeyValuePair.Create("fc1.weight", ones([3, 2], ScalarType.Bool)),
        KeyValuePair.Create("fc2.weight", tensor(new[] { false, true, true, true, false, true }, [2, 3]))]);

    [Fact]
    public void The_options_json_leaves_absolute_scores_out_while_off_so_earlier_grasp_runs_keep_their_folders()
    {
        Assert.False(System.Text.Json.JsonSerializer.SerializeToNode(new GraspOptions())!.AsObject().ContainsKey(nameof(GraspOptions.AbsoluteScores)));
        Assert.True(System.Text.Json.JsonSerializer.SerializeToNode(new GraspOptions { AbsoluteScores = true })!.AsObject().ContainsKey(nameof(GraspOptions.AbsoluteScores)));
    }

    [Fact]
    public void Scores_that_are_all_zero_stay_zero_and_tie_rather_than_turn_nan()
    {
        using var model = BatchNormNet();
        using var data = BatchNormData();
        using var current = KeepAll(model, Prunable);
        using var scope = NewDisposeScope();
        using (no_grad())
        {
            foreach (var name in Prunable) Parameter(model, name).zero_();
        }
        var scores = new SnipPruner(new GradientScoreOptions()).Scores(Context(model, current, 4.0 / 12, data));
        Assert.All(Prunable, name => Assert.All(Values(scores[name]), score => Assert.Equal(0.0, score)));
        // Ties go to the earliest weights: fc1's first four.
        using var mask = new SnipPruner(new GradientScoreOptions()).Prune(Context(model, current, 4.0 / 12, data));
        Assert.Equal([true, true, true, true, false, false], mask["fc1.weight"].flatten().data<bool>());
        Assert.Equal(0, mask["fc2.weight"].count_nonzero().item<long>());
    }
}
