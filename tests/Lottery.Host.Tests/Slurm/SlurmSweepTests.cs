using System.Text.Json.Nodes;
using Lottery.Host.Tests.Reliability;

namespace Lottery.Host.Tests.Slurm;

/// <summary>
/// `./lottery sweep` with Executor slurm against a real single-node Slurm (<see cref="SlurmCluster"/>): the study is one
/// job array, every point finishes as its own `./lottery run` would, and a task stopped mid-run (the warning before the
/// time limit, or `scontrol requeue`) resumes from its checkpoint to the same results as an uninterrupted run.
/// </summary>
public sealed class SlurmSweepTests(SlurmCluster cluster) : IClassFixture<SlurmCluster>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    [Fact]
    [Trait("Category", "Slow")]
    public void A_study_runs_as_one_job_array_and_each_point_ends_as_its_own_run_would()
    {
        // 2 seeds x 2 learning rates of LeNet on 2,000 Fashion-MNIST images: dense and one pruned level, an epoch each.
        using var study = new SlurmStudy(cluster, "grid", new JsonObject { ["Training:Seed"] = new JsonArray(0, 1), ["Training:LearningRate"] = new JsonArray(0.1, 0.05) },
            "--Lottery:Experiment:Levels=1", "--Lottery:Experiment:RewindStep=5it", "--Lottery:Training:Duration=1ep", "--Lottery:Training:BatchSize=64",
            "--Lottery:Strategies:fashion-mnist:TrainSubset=3000", "--Lottery:Strategies:fashion-mnist:ValidationSize=1000", "--Lottery:Strategies:fashion-mnist:TestSubset=1000");

        var submitted = study.Sweep();
        Assert.True(submitted.ExitCode == 0, submitted.Output + submitted.Error);
        Assert.Contains($"submitted Slurm job {study.JobId}: array 0-3 (4 point(s), 1 CPU(s) each)", submitted.Output);

        // While its tasks are queued or running, the points are running; the sweep run again submits nothing more.
        var status = study.Sweep("--status");
        Assert.Contains($"[slurm {study.JobId}_", status.Output);
        var again = study.Sweep();
        Assert.DoesNotContain("submitted Slurm job", again.Output);
        Assert.True(cluster.WaitForQueue(queue => queue.Count == 0, Patience), $"the array did not end within {Patience}:\n{cluster.Logs()}");

        Assert.Contains("sweep grid: 4 point(s): 0 to do, 0 running, 4 done, 0 failed", study.Sweep("--status").Output);
        foreach (var point in study.Points())
        {
            Assert.True(study.ExitCode(point.Index) == "0", study.Log(point.Index));
            Assert.True(File.Exists(Path.Combine(point.RunDirectory, "completed", $"{point.Fingerprint}.json")), study.Log(point.Index));
            AssertSameRun(study.RunDirectly(point.Index), point.RunDirectory);
        }
        Assert.Single(File.ReadLines(Path.Combine(study.Folder, "slurm-jobs.txt")));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_task_stopped_mid_run_resumes_from_its_checkpoint_to_the_results_of_an_uninterrupted_run()
    {
        // 8 epochs of 312 steps: long enough to be stopped in the second.
        using var study = new SlurmStudy(cluster, "requeue", new JsonObject { ["Training:Seed"] = new JsonArray(0, 1) },
            "--Lottery:Experiment:Levels=0", "--Lottery:Training:Duration=8ep", "--Lottery:Training:BatchSize=64",
            "--Lottery:Strategies:fashion-mnist:TrainSubset=21000", "--Lottery:Strategies:fashion-mnist:ValidationSize=1000", "--Lottery:Strategies:fashion-mnist:TestSubset=2000");
        var submitted = study.Sweep();
        Assert.True(submitted.ExitCode == 0, submitted.Output + submitted.Error);
        var job = study.JobId;
        Assert.True(Polling.Until(() => Enumerable.Range(0, 2).All(i => File.Exists(study.LogPath(i)) && study.Log(i).Contains("level 0 epoch 1:", StringComparison.Ordinal)), Patience, TimeSpan.FromMilliseconds(200)),
            $"the tasks did not reach their second epoch: {string.Join('\n', cluster.Queue())}");

        // Point 0: the warning Slurm sends before the time limit (--signal=B:USR1), which the script turns into a stop and
        // a requeue of its own. Point 1: `scontrol requeue`, which stops every process of the task (SIGTERM) and requeues it.
        Require(cluster.Command("scancel", "--batch", "--signal=USR1", $"{job}_0"));
        Require(cluster.Command("scontrol", "requeue", $"{job}_1"));
        Assert.True(cluster.WaitForQueue(queue => queue.Count(t => t.State == "PENDING") == 2, Patience), $"the tasks were not requeued: {string.Join('\n', cluster.Queue())}\n{study.Log(0)}\n{study.Log(1)}");
        Assert.Equal("130", study.ExitCode(0));
        Assert.Equal("130", study.ExitCode(1));
        Assert.Contains($"running  Training:Seed=1  -> {Path.GetFileName(study.Points()[1].RunDirectory)}  [slurm {job}_1 PENDING", study.Sweep("--status").Output);

        // Slurm holds a requeued task back for a while (BeginTime); release both at once.
        foreach (var index in new[] { 0, 1 }) Require(cluster.Command("scontrol", "update", $"jobid={job}_{index}", "StartTime=now"));
        Assert.True(cluster.WaitForQueue(queue => queue.Count == 0, Patience), $"the requeued tasks did not end within {Patience}:\n{cluster.Logs()}");
        foreach (var point in study.Points())
        {
            var log = study.Log(point.Index);
            Assert.True(study.ExitCode(point.Index) == "0", log);
            // Two attempts; the second resumed in the second epoch instead of training the first again.
            var attempts = log.Split("# ").Where(part => part.Contains(" start: task ", StringComparison.Ordinal)).ToList();
            Assert.True(attempts.Count == 2, log);
            var resumed = log[log.LastIndexOf(" start: task ", StringComparison.Ordinal)..];
            Assert.DoesNotContain("level 0 epoch 1:", resumed);
            Assert.Contains("level 0 epoch 8:", resumed);
            AssertSameRun(study.RunDirectly(point.Index), point.RunDirectory);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_submission_sbatch_refuses_fails_naming_the_command_and_its_message()
    {
        using var study = new SlurmStudy(cluster, "refused", new JsonObject { ["Training:Seed"] = new JsonArray(0) }, "--Lottery:Sweep:Slurm:Partition=nowhere");
        var result = study.Sweep();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: sbatch --parsable ", result.Error);
        Assert.Contains("was refused (exit code 1): sbatch: error: invalid partition specified: nowhere", result.Error);
        Assert.False(File.Exists(Path.Combine(study.Folder, "slurm-jobs.txt")));
    }

    // Weights and masks byte for byte, accuracies and losses exactly.
    private static void AssertSameRun(string expected, string actual)
    {
        Assert.Equal(Path.GetFileName(expected), Path.GetFileName(actual));
        Assert.NotEmpty(RunArtifacts.WeightHashes(expected));
        Assert.Equal(RunArtifacts.WeightHashes(expected), RunArtifacts.WeightHashes(actual));
        Assert.Equal(RunArtifacts.Metrics(expected), RunArtifacts.Metrics(actual));
        Assert.Empty(RunArtifacts.Leftovers(actual));
    }

    private static CommandResult Require(CommandResult result)
    {
        Assert.True(result.ExitCode == 0, $"{result.CommandLine} failed (exit code {result.ExitCode}): {result.Error}");
        return result;
    }
}
