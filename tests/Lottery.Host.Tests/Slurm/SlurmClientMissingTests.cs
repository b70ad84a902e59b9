using System.Text.Json.Nodes;

namespace Lottery.Host.Tests.Slurm;

/// <summary>A Slurm sweep where Slurm's commands are not installed fails at submission, naming the command and why.</summary>
public sealed class SlurmClientMissingTests
{
    [Fact]
    public void Without_sbatch_on_PATH_the_sweep_fails_naming_it()
    {
        var empty = Directory.CreateTempSubdirectory("no-slurm-").FullName;
        try
        {
            var study = Path.Combine(empty, "study.json");
            File.WriteAllText(study, new JsonObject { ["Lottery"] = new JsonObject { ["Sweep"] = new JsonObject { ["Name"] = "nowhere", ["Executor"] = "slurm", ["Grid"] = new JsonObject { ["Training:Seed"] = new JsonArray(0) } } } }.ToJsonString());
            using var host = RunningHost.Start(["sweep", "--config", InProcessHost.QuickImp, "--config", study, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={empty}"],
                new Dictionary<string, string?> { ["PATH"] = empty });
            var result = host.WaitForExit(TimeSpan.FromMinutes(2));
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error: sbatch --parsable ", result.Error);
            Assert.Contains("could not be started", result.Error);
            Assert.Contains("needs Slurm's client commands (sbatch, squeue) on PATH", result.Error);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
