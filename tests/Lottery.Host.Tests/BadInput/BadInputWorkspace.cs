using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Lottery.Host.Tests.BadInput;

/// <summary>
/// Where one bad-input case runs: a temporary folder with a runs root and a tiny MNIST-format dataset (200 training
/// and 50 test images, plain IDX files), and a configuration on it that trains LeNet-30 for one epoch in well under a
/// second. Cases break the data or the settings and run the host on it, in this process (<see cref="Run"/>) or as
/// a process of its own (<see cref="RunProcess"/>).
/// </summary>
internal sealed class BadInputWorkspace : IDisposable
{
    public const int TrainImages = 200, TestImages = 50, Side = 28, Classes = 10;

    private readonly List<IDisposable> held = new();

    public BadInputWorkspace()
    {
        WriteMnist("mnist", Side);
        File.WriteAllText(ConfigPath, new JsonObject
        {
            ["Lottery"] = new JsonObject
            {
                ["Experiment"] = new JsonObject
                {
                    ["Name"] = "bad-input", ["Architecture"] = "lenet", ["Variant"] = "30", ["Dataset"] = "mnist",
                    ["Levels"] = 1, ["PruneFraction"] = 0.2, ["RewindStep"] = "0it", ["KeepOutputLayerDense"] = true,
                },
                ["Training"] = new JsonObject { ["Duration"] = "1ep", ["BatchSize"] = 50, ["LearningRate"] = 0.1 },
                ["Device"] = "cpu",
                ["Strategies"] = new JsonObject
                {
                    ["mnist"] = new JsonObject { ["Directory"] = Mnist, ["ValidationSize"] = 20, ["CorruptedImages"] = 0 },
                },
            },
        }.ToJsonString());
    }

    /// <summary>Every file of the case lives here (crafted data, configuration files, runs).</summary>
    public DataFolder Files { get; } = new();

    public string Root => Files.Path;

    public string Runs => Path.Combine(Root, "runs");

    /// <summary>The dataset folder the configuration names (Lottery:Strategies:mnist:Directory).</summary>
    public string Mnist => Path.Combine(Root, "mnist");

    private string ConfigPath => Path.Combine(Root, "tiny-experiment.json");

    /// <summary>The one run directory under the runs root (cases that need it run the host first).</summary>
    public string RunDirectory => Directory.GetDirectories(Runs).Single();

    /// <summary>The run directories under <see cref="Runs"/> now, sorted (none when it does not exist).</summary>
    public string[] RunDirectories() => Directory.Exists(Runs) ? [.. Directory.GetDirectories(Runs).Order(StringComparer.Ordinal)] : [];

    /// <summary>The `run` command line on the tiny experiment, with the given overrides last.</summary>
    public string[] Arguments(IEnumerable<string> overrides) =>
        ["run", "--config", ConfigPath, $"--Lottery:Plugins:Directory={BuildOutputs.BuiltInPlugins}", $"--Lottery:Runs:Root={Runs}",
            "--Lottery:Metrics:Prometheus:Url=", .. overrides];

    /// <summary>Runs the host's entry point in this process, with its output and errors captured.</summary>
    public static HostResult Run(IReadOnlyList<string> arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(arguments, BuildOutputs.HostDirectory, output, error);
        return new HostResult(exitCode, output.ToString(), error.ToString());
    }

    public static HostResult RunProcess(IReadOnlyList<string> arguments) => HostProcess.Run([.. arguments]);

    /// <summary>Runs the tiny experiment with these overrides and requires it to succeed: what a case starts from.</summary>
    public void Succeed(params string[] overrides)
    {
        var result = Run(Arguments(overrides));
        Assert.True(result.ExitCode == 0, $"the run a case starts from failed ({result.ExitCode}): {result.Error}");
    }

    /// <summary>An MNIST-format folder of side x side images whose pixels tell the label, so a level learns something.</summary>
    public string WriteMnist(string folder, int side)
    {
        foreach (var (split, count) in new[] { ("train", TrainImages), ("t10k", TestImages) })
        {
            var labels = Enumerable.Range(0, count).Select(i => (byte)(i % Classes)).ToArray();
            var pixels = labels.SelectMany((label, i) => Enumerable.Range(0, side * side).Select(p => (byte)((label * 25 + (p + i) % 7) % 256))).ToArray();
            Files.WriteSplit(Path.Combine(folder, split), side, side, pixels, labels, gzip: false);
        }
        return Path.Combine(Root, folder);
    }

    /// <summary>Cuts a file short, to its first keep bytes, as an interrupted download or copy leaves it.</summary>
    public void Truncate(string path, int keep) => File.WriteAllBytes(path, File.ReadAllBytes(path)[..keep]);

    /// <summary>Keeps something (a lock, a plugins folder) until the case is over.</summary>
    public T Hold<T>(T resource) where T : IDisposable
    {
        held.Add(resource);
        return resource;
    }

    /// <summary>
    /// Every file of every complete level (a level.json beside it) under the runs root, with a hash of its bytes: what
    /// a failing run must leave exactly as it was.
    /// </summary>
    public IReadOnlyDictionary<string, string> CompleteLevelFiles() =>
        !Directory.Exists(Runs)
            ? new Dictionary<string, string>()
            : Directory.EnumerateFiles(Runs, "level.json", SearchOption.AllDirectories)
                .SelectMany(record => Directory.EnumerateFiles(Path.GetDirectoryName(record)!))
                .ToDictionary(path => path, path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));

    /// <summary>A message fragment with the case's paths filled in: {root}, {mnist}, {run} and {pid} (this process).</summary>
    public string Expand(string fragment) => fragment
        .Replace("{root}", Root, StringComparison.Ordinal)
        .Replace("{mnist}", Mnist, StringComparison.Ordinal)
        .Replace("{run}", fragment.Contains("{run}", StringComparison.Ordinal) ? RunDirectory : "", StringComparison.Ordinal)
        .Replace("{pid}", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public void Dispose()
    {
        foreach (var resource in held) resource.Dispose();
        Files.Dispose();
    }
}
