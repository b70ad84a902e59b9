namespace Lottery.Host.Tests;

/// <summary>
/// Test classes that draw from libtorch's global random generator inside this process (a stage's training seeds it with
/// manual_seed and initialises from it; nn layers initialise from it) run one at a time: a class drawing between
/// another's seeding and its draws changed that run's bytes (a redone level that no longer matched its reference).
/// Tests of child processes still run beside them; classes that also need the generator's state untouched across
/// their own steps run alone (<see cref="Reliability.GlobalRandomStateCollection"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class GlobalRandomUsersCollection
{
    public const string Name = "in-process users of the global random generator";
}
