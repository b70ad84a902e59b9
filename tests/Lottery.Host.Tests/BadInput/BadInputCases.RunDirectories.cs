using Lottery.Host.Runs;
using Lottery.Torch.Serialization;
using static Lottery.Host.Tests.BadInput.BadInputCase;

namespace Lottery.Host.Tests.BadInput;

internal static partial class BadInputCases
{
    /// <summary>The first weight of the tiny experiment's LeNet-30 is [30, 784]; the crafted files hold it as [20, 784], as a LeNet-20's would.</summary>
    private const string FirstWeight = "layers.1.weight";

    /// <summary>Level 0's weights, with the first weight replaced by one of another network's shape, under the given prefix.</summary>
    private static void SaveForeignWeights(string levelZeroFinal, string path, string prefix)
    {
        using var scope = NewDisposeScope();
        using var trained = SafeTensors.Load(levelZeroFinal);
        var tensors = trained.Tensors.ToDictionary(pair => prefix + pair.Key, pair => pair.Key == FirstWeight ? zeros(20, 784) : pair.Value);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        SafeTensors.Save(path, tensors);
    }

    /// <summary>A learning rate at which the tiny experiment's loss becomes infinite or NaN within a few epochs.</summary>
    private static string[] Diverging => ["--Lottery:Training:LearningRate=100", "--Lottery:Training:Momentum=0.9", "--Lottery:Training:Duration=10ep"];

    /// <summary>Files in run directories that do not fit the run, training that diverges, and a run directory in use.</summary>
    private static IEnumerable<(string Name, BadInputCase Case)> RunDirectories() =>
    [
        ("level weights saved from a different network", new(workspace =>
            {
                workspace.Succeed("--Lottery:Experiment:Levels=0");
                var final = Path.Combine(workspace.RunDirectory, "level_0", "final.safetensors");
                SaveForeignWeights(final, final, prefix: "");
                return workspace.Arguments([]);
            }, RunFailure,
            ["{run}/level_0/final.safetensors was saved from a different network than this run builds", $"size mismatch: {FirstWeight}: expected [30, 784], got [20, 784]"],
            KeptLevels: 1)),
        ("checkpoint saved from a different network", new(workspace =>
            {
                workspace.Succeed("--Lottery:Experiment:Levels=0");
                var run = workspace.RunDirectory;
                SaveForeignWeights(Path.Combine(run, "level_0", "final.safetensors"), Path.Combine(run, "level_1", "checkpoint.safetensors"), prefix: "model/");
                return workspace.Arguments([]);
            }, RunFailure,
            ["{run}/level_1/checkpoint.safetensors was saved from a different network than this run builds", $"size mismatch: {FirstWeight}: expected [30, 784], got [20, 784]"],
            KeptLevels: 1)),
        ("loss that diverges at level 0", Overrides([.. Diverging, "--Lottery:Experiment:Levels=0"], RunFailure,
            "level 0 diverged at step", "loss is", "expected a finite loss; the level stops here and earlier levels are kept. Lower Lottery:Training:LearningRate = 100")),
        ("loss that diverges at level 1", new(workspace =>
            {
                // Level 0 trained at a sane rate stands in for the diverging run's own level 0 (which diverges too).
                workspace.Succeed("--Lottery:Experiment:Levels=0");
                var sane = workspace.RunDirectory;
                Assert.Equal(RunFailure, BadInputWorkspace.Run(workspace.Arguments([.. Diverging, "--Lottery:Experiment:Levels=0"])).ExitCode);
                var run = Directory.GetDirectories(workspace.Runs).Single(path => path != sane);
                foreach (var file in Directory.GetFiles(Path.Combine(sane, "level_0"))) File.Copy(file, Path.Combine(run, "level_0", Path.GetFileName(file)), overwrite: true);
                Directory.Delete(sane, recursive: true);
                return workspace.Arguments(Diverging);
            }, RunFailure,
            ["level 1 diverged at step", "loss is", "expected a finite loss; the level stops here and earlier levels are kept. Lower Lottery:Training:LearningRate = 100"],
            KeptLevels: 1)),
        ("run directory in use by another live process", new(workspace =>
            {
                workspace.Succeed("--Lottery:Experiment:Levels=0");
                workspace.Hold(RunLock.Acquire(workspace.RunDirectory));
                return workspace.Arguments(["--Lottery:Experiment:Levels=0"]);
            }, RunFailure,
            ["run directory {run} is in use by another live process (PID {pid}): wait for it to finish or stop it first"], KeptLevels: 1, OwnProcess: true)),
    ];
}
