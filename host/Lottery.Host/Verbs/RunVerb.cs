using System.Globalization;
using Lottery.Host.Experiments;
using Lottery.Host.Options;
using Lottery.Torch;

namespace Lottery.Host.Verbs;

/// <summary>`run`: the configured experiment, with one line per epoch and a summary per level.</summary>
public sealed class RunVerb(LotteryExperiment experiment, LotteryOptions options) : IVerb
{
    public string Name => "run";

    public string Summary => "run the configured experiment (train, then prune and retrain each level)";

    public int Run(TextWriter output)
    {
        var e = options.Experiment;
        var t = options.Training;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"experiment {e.Name}: {e.Architecture}-{e.Variant} on {e.Dataset}, {e.Levels} pruning level(s) with {e.Pruner} (fraction {e.PruneFraction}), " +
            $"{t.Epochs} epoch(s) per level, batch {t.BatchSize}, {t.Optimizer} lr {t.LearningRate}; libtorch {torch.version}, intra-op threads: {torch.get_num_threads()}"));
        var levels = experiment.Run(
            onEpoch: r => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"level {r.Level} epoch {r.Epoch}: train loss {r.TrainLoss:F4}  val accuracy {r.ValidationAccuracy * 100:F2}%  " +
                $"test loss {r.TestLoss:F4}  test accuracy {r.TestAccuracy * 100:F2}%  ({r.Elapsed.TotalSeconds:F1} s)")),
            onLevelStart: (level, density) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"level {level}: density {density * 100:F2}%")));
        output.WriteLine();
        output.WriteLine("level  density  final test  best-val test");
        foreach (var level in levels)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level.Level,5}  {level.Density * 100,6:F2}%  {level.Final.TestAccuracy * 100,9:F2}%  {level.BestValidation.TestAccuracy * 100,12:F2}%"));
        }
        return 0;
    }
}
