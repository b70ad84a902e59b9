namespace Lottery.Host.Sweeps;

/// <summary>The stages whose results are aggregated, as aggregate.csv's stage column names them.</summary>
public static class AggregateStage
{
    public const string Imp = "imp", Pools = "pools", SparseTraining = "sparse-training", Transform = "transform";

    /// <summary>Stages in the order the report and aggregate.csv list them.</summary>
    public static readonly IReadOnlyList<string> Order = [Imp, Pools, SparseTraining, Transform];
}

/// <summary>
/// The names of the accuracies aggregated across seeds, as summary.json spells them (camelCase) so a column of
/// aggregate.csv is found by the field it averages. Gains are the pool's accuracy minus its ticket's, taken within each run
/// (paired per seed) before they are averaged.
/// </summary>
public static class AggregateMetrics
{
    public const string Val = "valAccuracy", Test = "testAccuracy", BestVal = "bestValAccuracy", BestTest = "bestTestAccuracy", Ood = "oodAccuracy";

    public const string TicketVal = "ticketValAccuracy", TicketTest = "ticketTestAccuracy", TicketOod = "ticketOodAccuracy";

    public const string ValGain = "valGain", TestGain = "testGain", OodGain = "oodGain";

    /// <summary>Every metric, in the order of aggregate.csv's columns.</summary>
    public static readonly IReadOnlyList<string> All = [Val, Test, BestVal, BestTest, Ood, TicketVal, TicketTest, TicketOod, ValGain, TestGain, OodGain];
}
