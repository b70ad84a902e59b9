using Lottery.Host.Configuration;
using Lottery.Host.Options;
using Lottery.Host.Sweeps;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Tests.Sweeps;

/// <summary>Where a point stands, from the sweep's own records, with the run directories resolved by a stand-in.</summary>
public sealed class SweepPlanTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sweep-plan-tests-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_failed_point_stays_failed_until_the_study_changes_what_it_computes()
    {
        var identity = new StandIn("first");
        var plan = Build(identity);
        Assert.All(plan.Points, p => Assert.Equal(PointState.ToDo, p.State));

        plan.Folder.RecordExitCode(plan.Points[1].Point, 1);
        File.WriteAllText(plan.Folder.LogPath(plan.Points[1].Point), "error: something broke\n");
        var failed = Build(identity);
        Assert.Equal([PointState.ToDo, PointState.Failed], failed.Points.Select(p => p.State));
        Assert.Equal("error: something broke", failed.Points[1].Error);

        plan.Folder.RecordExitCode(plan.Points[0].Point, SweepPlan.StoppedExitCode);
        Assert.Equal(PointState.ToDo, Build(identity).Points[0].State);

        // The same point number, another configuration: its past failure is not its own.
        var edited = Build(new StandIn("edited"));
        Assert.Equal([PointState.ToDo, PointState.ToDo], edited.Points.Select(p => p.State));
        Assert.True(File.Exists(plan.Folder.ExitCodePath(plan.Points[1].Point) + ".old"));
        Assert.False(File.Exists(plan.Folder.ExitCodePath(plan.Points[1].Point)));
    }

    [Fact]
    public void A_refreshed_plan_reads_every_state_again_without_resolving_the_points_again()
    {
        var identity = new StandIn("first");
        var plan = Build(identity);
        var resolved = identity.Calls;
        plan.Folder.RecordExitCode(plan.Points[1].Point, 1);

        var refreshed = plan.Refresh();

        Assert.Equal([PointState.ToDo, PointState.Failed], refreshed.Points.Select(p => p.State));
        Assert.Equal(plan.Points.Select(p => (p.RunDirectory, p.Fingerprint)), refreshed.Points.Select(p => (p.RunDirectory, p.Fingerprint)));
        Assert.Equal(resolved, identity.Calls);
    }

    [Fact]
    public void Two_points_that_are_one_run_are_refused_naming_both()
    {
        var error = Assert.Throws<ConfigurationError>(() => Build(new StandIn("same", ignoreSettings: true)));
        Assert.Contains("points 000 and 001 are the same run", error.Message);
    }

    private SweepPlan Build(IPointIdentity identity)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lottery:Sweep:Name"] = "plan",
            ["Lottery:Sweep:Grid:Training:Seed:0"] = "0",
            ["Lottery:Sweep:Grid:Training:Seed:1"] = "1",
            ["Lottery:Runs:Root"] = root,
        }).Build();
        var invocation = new HostInvocation(CommandLineArguments.Parse(["sweep"]), root);
        return SweepPlan.Build(LotteryOptions.Load(configuration), configuration, invocation, identity);
    }

    // A run directory per seed and a fingerprint naming the study's version, without building a host.
    private sealed class StandIn(string version, bool ignoreSettings = false) : IPointIdentity
    {
        public int Calls { get; private set; }

        public PointIdentity Resolve(IConfigurationRoot pointConfiguration)
        {
            Calls++;
            var seed = ignoreSettings ? "x" : pointConfiguration["Lottery:Training:Seed"];
            return new PointIdentity(Path.Combine(Path.GetTempPath(), $"no-such-run-{seed}"), $"{version}-{seed}");
        }
    }
}
