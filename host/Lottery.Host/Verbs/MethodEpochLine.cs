using System.Globalization;
using Lottery.Host.Reports;
using Lottery.Host.Runs;

namespace Lottery.Host.Verbs;

/// <summary>The console line of one epoch of a method trained beside IMP (a transform method, a sparse-training method).</summary>
public static class MethodEpochLine
{
    public static string Of(string method, EpochResult r) => string.Create(CultureInfo.InvariantCulture,
        $"  {method} epoch {r.Epoch}: train loss {r.TrainLoss:F4}  val accuracy {Percent.Of(r.ValidationAccuracy)}  test accuracy {r.TestAccuracy * 100:F2}%  ({r.Elapsed.TotalSeconds:F1} s)");
}
