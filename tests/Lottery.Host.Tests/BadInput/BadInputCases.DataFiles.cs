using static Lottery.Host.Tests.BadInput.BadInputCase;

namespace Lottery.Host.Tests.BadInput;

internal static partial class BadInputCases
{
    private const int CifarRecordBytes = 1 + 3 * 32 * 32;

    /// <summary>
    /// A CIFAR-10-C style folder for the tiny dataset: corruption "fog" with 2 images (28x28, one channel) per
    /// severity, and their labels; the runs read the first image of each severity.
    /// </summary>
    private static string[] CorruptedImages(BadInputWorkspace workspace)
    {
        const int perSeverity = 2;
        var side = BadInputWorkspace.Side;
        workspace.Files.Write("corrupted/fog.npy", DataFolder.Npy("|u1", [5 * perSeverity, side, side, 1], new byte[5 * perSeverity * side * side]));
        workspace.Files.Write("corrupted/labels.npy", DataFolder.Npy("|u1", [perSeverity], [3, 7]));
        return [$"--Lottery:Strategies:mnist:CorruptedDirectory={workspace.Root}/corrupted", "--Lottery:Strategies:mnist:CorruptedImages=1"];
    }

    /// <summary>Dataset folders and files that are missing, cut short or hold what the dataset cannot take.</summary>
    private static IEnumerable<(string Name, BadInputCase Case)> DataFiles() =>
    [
        ("dataset folder that does not exist", new(workspace => workspace.Arguments([$"--Lottery:Strategies:mnist:Directory={workspace.Root}/absent"]), RunFailure,
            ["mnist folder not found: {root}/absent (set by Lottery:Strategies:mnist:Directory; name the folder holding train-images-idx3-ubyte"])),
        ("dataset folder that is not set", Overrides(["--Lottery:Experiment:Dataset=cifar-10"], UsageError,
            "Lottery:Strategies:cifar-10:Directory = (empty) is invalid: expected the folder holding the dataset's files: this dataset has no default location")),
        ("truncated IDX file", new(workspace =>
            {
                workspace.Truncate(Path.Combine(workspace.Mnist, "train-images-idx3-ubyte"), keep: 1000);
                return workspace.Arguments([]);
            }, RunFailure,
            ["IDX file {mnist}/train-images-idx3-ubyte is truncated: expected 156800 data bytes for dimensions [200, 28, 28], got 984 of 156800 bytes"])),
        ("labels outside the classes", new(workspace =>
            {
                var labels = Enumerable.Range(0, BadInputWorkspace.TrainImages).Select(i => (byte)(i == 7 ? 12 : i % 10)).ToArray();
                workspace.Files.Write("mnist/train-labels-idx1-ubyte", DataFolder.Idx([labels.Length], labels));
                return workspace.Arguments([]);
            }, RunFailure,
            ["{mnist}/train-labels-idx1-ubyte: label 12 at index 7 is outside 0..9"])),
        ("truncated CIFAR binary file", new(workspace =>
            {
                // One whole record and half of the next.
                workspace.Files.Write("cifar/data_batch_1.bin", new byte[CifarRecordBytes + CifarRecordBytes / 2]);
                return workspace.Arguments(["--Lottery:Experiment:Dataset=cifar-10", $"--Lottery:Strategies:cifar-10:Directory={workspace.Root}/cifar"]);
            }, RunFailure,
            ["CIFAR file {root}/cifar/data_batch_1.bin has 4609 bytes, not a whole number of records: expected records of 3073 bytes (1 label byte + 3072 pixel bytes"])),
        ("truncated .npy file found after levels are complete", new(workspace =>
            {
                var corrupted = CorruptedImages(workspace);
                workspace.Succeed(corrupted);
                workspace.Truncate(Path.Combine(workspace.Root, "corrupted", "fog.npy"), keep: 1000);
                return workspace.Arguments([.. corrupted, "--Lottery:Experiment:Levels=2"]);
            }, RunFailure,
            [".npy file {root}/corrupted/fog.npy is truncated: its header says shape (10, 28, 28, 1) of '|u1', 7840 data bytes, but the file holds 872"], KeptLevels: 2)),
    ];
}
