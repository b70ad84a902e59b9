using Lottery.Fuzz.Targets;

namespace Lottery.Fuzz;

/// <summary>Every fuzz target, by name: the readers of every file the framework reads but did not write itself.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } =
    [
        new SafeTensorsTarget(),
        new NpyTarget(),
        new IdxTarget(),
        new CifarTarget(),
        new RecordsTarget(),
        new ConfigurationFileTarget(),
        new CommandLineTarget(),
    ];

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(target => target.Name == name);

    /// <summary>Runs target on input in a fresh subfolder of scratch (emptied first: no run sees another's files).</summary>
    public static void Run(IFuzzTarget target, byte[] input, string scratch)
    {
        var folder = Path.Combine(scratch, "run");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        target.Run(input, folder);
    }
}
