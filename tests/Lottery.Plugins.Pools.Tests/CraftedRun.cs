using Lottery.Contracts.Architectures;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;

namespace Lottery.Plugins.Pools.Tests;

/// <summary>
/// A crafted IMP run: each level a ticket of one prunable tensor "w" (level 0 dense, later levels keeping their
/// non-zero entries) and an integer BatchNorm buffer, with services that record what the pool strategies ask of them. Validation accuracy is
/// whatever <see cref="Accuracy"/> says of the weights; the projector records what it is given and keeps the
/// largest entries at its density.
/// </summary>
public sealed class CraftedRun : IDisposable, IEvaluator, IBatchNormRecalibrator, IProjector
{
    public CraftedRun(params float[][] levels)
    {
        Levels = levels.Select((values, level) =>
        {
            using var scope = NewDisposeScope();
            var weights = new StateDict([KeyValuePair.Create("w", tensor(values)), KeyValuePair.Create("bn.num_batches_tracked", tensor(new long[] { 10 * level }).view([]))]);
            // Level 0 is the dense network whatever its values; later levels keep their non-zero entries.
            var mask = new Mask([KeyValuePair.Create("w", level == 0 ? ones([values.Length], ScalarType.Bool) : weights["w"].ne(0))]);
            return new Ticket(new ArchitectureSpec("crafted", "1", [1], 2), weights, mask, new TicketProvenance("crafted", level, "imp"));
        }).ToList();
    }

    public List<Ticket> Levels { get; }

    /// <summary>Validation accuracy of weights, from their "w" values.</summary>
    public Func<float[], double> Accuracy { get; set; } = _ => 0.5;

    /// <summary>The "w" values of every network scored on validation, in order.</summary>
    public List<float[]> Scored { get; } = new();

    /// <summary>The "w" values and density of every projection, before it.</summary>
    public List<(float[] values, double density)> Projected { get; } = new();

    public int Recalibrations { get; private set; }

    public List<int> EnsembleSizes { get; } = new();

    /// <summary>The context of a target level; poolSize is the stage's pool size (0: every other level).</summary>
    public PoolContext Context(int target, int poolSize = 0) => new(Levels, target, this, this, this) { PoolSize = poolSize };

    public static float[] Values(StateDict weights) => weights["w"].data<float>();

    double IEvaluator.Accuracy(StateDict weights, EvaluationSplit split)
    {
        Assert.Equal(EvaluationSplit.Validation, split);
        Scored.Add(Values(weights));
        return Accuracy(Values(weights));
    }

    double IEvaluator.EnsembleAccuracy(IReadOnlyList<StateDict> members, EvaluationSplit split)
    {
        EnsembleSizes.Add(members.Count);
        return 0.75;
    }

    void IBatchNormRecalibrator.Recalibrate(StateDict weights) => Recalibrations++;

    Mask IProjector.Project(StateDict weights, double density)
    {
        Projected.Add((Values(weights), density));
        using var scope = NewDisposeScope();
        var w = weights["w"];
        var mask = LargestScores.Keep(w.abs(), (long)Math.Round(w.numel() * density));
        w.mul_(mask);
        return new Mask([KeyValuePair.Create("w", mask)]);
    }

    public void Dispose()
    {
        foreach (var ticket in Levels) ticket.Dispose();
    }
}
