using Lottery.Host.Runs;

namespace Lottery.Host.Stages;

/// <summary>
/// A finished (or partly finished) IMP run: its directory, its levels, and the owner of its summary.json and reports,
/// which the stages after IMP update with their own results.
/// </summary>
public sealed record ImpRun(RunDirectory Directory, IReadOnlyList<LevelResult> Levels, RunResults Results);
