using System.ComponentModel.DataAnnotations;
using Lottery.Host.Configuration;
using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Options;

/// <summary>
/// Lottery:Sweep: a study, many ordinary runs of one configuration. Grid and Points (the settings each point changes)
/// are read by the sweep itself (configuration keys as their names, e.g. "Training:Seed"); everything else here says
/// how the points run and where the sweep's own files go.
/// </summary>
public sealed class SweepOptions
{
    /// <summary>Runs the points as processes on this machine.</summary>
    public const string LocalExecutorName = "local";

    /// <summary>Submits the points as one Slurm job array.</summary>
    public const string SlurmExecutorName = "slurm";

    /// <summary>The sweep's name: its folder (plan, logs, aggregate, report) is &lt;Runs:Root&gt;/sweeps/&lt;Name&gt; unless Folder says otherwise.</summary>
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = "expected a name of letters, digits, '.', '_' and '-' (it names a folder)")]
    public string Name { get; set; } = "";

    [OneOf(LocalExecutorName, SlurmExecutorName)]
    public string Executor { get; set; } = LocalExecutorName;

    /// <summary>Local executor: points run at once; 0: as many as the cores allow at Lottery:Threads (1 thread each when Threads is 0).</summary>
    [Range(0, 1024, ErrorMessage = "expected a count of points to run at once, 0 for as many as the cores allow")]
    public int Parallel { get; set; }

    /// <summary>The sweep's folder; empty: &lt;Runs:Root&gt;/sweeps/&lt;Name&gt;.</summary>
    public string Folder { get; set; } = "";

    public SlurmOptions Slurm { get; set; } = new();

    /// <summary>The section holding the grid (configuration keys relative to Lottery, each with a list of values).</summary>
    public const string GridKey = "Grid";

    /// <summary>The section holding the explicit points (each a configuration fragment, keys relative to Lottery).</summary>
    public const string PointsKey = "Points";

    /// <summary>
    /// Binds and validates the section but for Grid and Points, which name other settings and are read as they are; Slurm
    /// on its own, as DataAnnotations do not recurse into it.
    /// </summary>
    public static SweepOptions Load(IConfiguration configuration, string sectionPath)
    {
        var section = configuration.GetSection(sectionPath);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(section.AsEnumerable()
            .Where(pair => pair.Value != null && !IsUnder(pair.Key, $"{sectionPath}:{GridKey}") && !IsUnder(pair.Key, $"{sectionPath}:{PointsKey}"))).Build();
        var slurm = SectionBinder.Bind<SlurmOptions>(settings, $"{sectionPath}:Slurm");
        var sweep = SectionBinder.Bind<SweepOptions>(settings, sectionPath);
        sweep.Slurm = slurm;
        return sweep;
    }

    private static bool IsUnder(string key, string section) =>
        key.Equals(section, StringComparison.OrdinalIgnoreCase) || key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sweep's folder, resolved against the runs root.</summary>
    public string ResolveFolder(RunsOptions runs) =>
        Path.GetFullPath(Folder.Length > 0 ? Folder : Path.Combine(runs.Root, "sweeps", Name));
}
