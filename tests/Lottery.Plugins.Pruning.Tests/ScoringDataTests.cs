using System.ComponentModel.DataAnnotations;
using Lottery.Contracts.Tickets;
using static Lottery.Plugins.Pruning.Tests.TinyNetworks;

namespace Lottery.Plugins.Pruning.Tests;

/// <summary>SNIP's and GraSP's scoring data and options: Synaptic-Flow's prune_loader and defaults.</summary>
public sealed class ScoringDataTests
{
    private static FixedBatches Examples(int count)
    {
        using var generator = new Generator(3);
        return new FixedBatches(randn([count, 2], generator: generator), randint(0, 2, [count], generator: generator));
    }

    [Fact]
    public void The_defaults_are_synaptic_flows_eval_mode_ten_examples_per_class_and_batches_of_256()
    {
        var options = new GraspOptions();
        Assert.Equal(("eval", 10, 256, 200.0), (options.Mode, options.SamplesPerClass, options.BatchSize, options.Temperature));
        Assert.Equal(("eval", 10, 256), (new GradientScoreOptions().Mode, new GradientScoreOptions().SamplesPerClass, new GradientScoreOptions().BatchSize));
    }

    [Fact]
    public void Ten_examples_per_class_of_the_models_output_are_served_augmented_in_batches()
    {
        // BatchNormNet has 2 outputs: 20 of the 50 examples, in batches of 8 (the last one smaller).
        using var model = BatchNormNet();
        using var data = Examples(50);
        using var current = KeepAll(model, "fc1.weight", "fc2.weight");
        using var before = StateDict.FromModule(model);
        using var scope = NewDisposeScope();
        var batches = ScoringData.Batches(Context(model, current, 0.5, data), new GradientScoreOptions { BatchSize = 8 }, "snip");
        Assert.Equal([8L, 8, 4], batches.Select(b => b.Labels.shape[0]));
        Assert.True(data.AskedForAugmentation);
        Assert.Equal(Values(data.Batches(20).First().Labels), batches.SelectMany(b => Values(b.Labels)));
        // Counting the classes runs the model once, in eval mode: BatchNorm's running statistics stay, and so does the mode.
        using var after = StateDict.FromModule(model);
        foreach (var name in before.Names) Assert.Equal(Values(before[name]), Values(after[name]));
        Assert.True(model.training);
    }

    [Theory]
    [InlineData(3, 256, 50, new long[] { 6 })]
    [InlineData(10, 256, 7, new long[] { 7 })]
    [InlineData(10, 3, 7, new long[] { 3, 3, 1 })]
    public void Samples_per_class_times_the_classes_or_the_whole_split_when_smaller(int samplesPerClass, int batchSize, int examples, long[] sizes)
    {
        using var model = BatchNormNet();
        using var data = Examples(examples);
        using var current = KeepAll(model, "fc1.weight", "fc2.weight");
        using var scope = NewDisposeScope();
        var options = new GradientScoreOptions { SamplesPerClass = samplesPerClass, BatchSize = batchSize };
        Assert.Equal(sizes, ScoringData.Batches(Context(model, current, 0.5, data), options, "grasp").Select(b => b.Labels.shape[0]));
    }

    [Fact]
    public void An_unknown_mode_is_named_with_the_accepted_ones()
    {
        var options = new GraspOptions { Mode = "batch" };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        var result = Assert.Single(results);
        Assert.Equal([nameof(GradientScoreOptions.Mode)], result.MemberNames);
        Assert.StartsWith("expected 'eval'", result.ErrorMessage);
        Assert.Contains("or 'train'", result.ErrorMessage);
        using var model = BatchNormNet();
        using var data = Examples(4);
        using var current = KeepAll(model, "fc1.weight", "fc2.weight");
        Assert.Contains("Mode 'batch' is invalid: expected 'eval'",
            Assert.Throws<ArgumentException>(() => new GraspPruner(options).Prune(Context(model, current, 0.5, data))).Message);
        Assert.True(model.training);
    }
}
