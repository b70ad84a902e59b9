using System.Text.Json;
using System.Xml.Linq;

namespace Lottery.Template.Tests;

/// <summary>
/// This checkout's packages for plugin authors: the projects LotteryHost.Packages.slnf names, packed as
/// `make pack` packs them, from the solution's build (which the tests run after).
/// </summary>
public static class LotteryPackages
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    private static string SolutionFilter => Path.Combine(RepositoryRoot.Path, "LotteryHost.Packages.slnf");

    /// <summary>The package projects' files by package id (a project's file name).</summary>
    public static IReadOnlyDictionary<string, string> Projects { get; } = ReadProjects();

    /// <summary>The version a package is packed as: its project's Version.</summary>
    public static string Version(string id) => XDocument.Load(Projects[id]).Descendants("Version").Single().Value;

    /// <summary>Packs every package into destination.</summary>
    public static void Pack(string destination) =>
        DotnetCli.Run(RepositoryRoot.Path, PackTimeout,
            ["pack", SolutionFilter, "-c", RepositoryRoot.BuildConfiguration, "--no-build", "-o", destination]);

    private static Dictionary<string, string> ReadProjects()
    {
        using var filter = JsonDocument.Parse(File.ReadAllText(SolutionFilter));
        return filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray()
            .Select(project => Path.Combine(RepositoryRoot.Path, project.GetString()!))
            .ToDictionary(project => Path.GetFileNameWithoutExtension(project));
    }
}
