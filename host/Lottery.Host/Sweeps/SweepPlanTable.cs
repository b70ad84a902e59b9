namespace Lottery.Host.Sweeps;

/// <summary>The plan on the console: a count per state, then one line per point (number, state, settings, run directory).</summary>
public static class SweepPlanTable
{
    public static void Write(TextWriter output, SweepPlan plan)
    {
        var counts = string.Join(", ", Enum.GetValues<PointState>().Select(state => $"{plan.In(state).Count} {Word(state)}"));
        output.WriteLine($"sweep {plan.Options.Name}: {plan.Points.Count} point(s): {counts}; executor {plan.Options.Executor}; folder {plan.Folder.Path}");
        foreach (var point in plan.Points)
        {
            output.WriteLine($"  {point.Point.Name}  {Word(point.State),-7}  {point.Point.Label}  -> {Path.GetFileName(point.RunDirectory)}{(point.Task == null ? "" : $"  [{point.Task}]")}");
            if (point.Error != null) output.WriteLine($"       {point.Error}");
        }
    }

    public static string Word(PointState state) => state switch
    {
        PointState.ToDo => "to do",
        PointState.Running => "running",
        PointState.Done => "done",
        PointState.Failed => "failed",
        _ => state.ToString(),
    };
}
