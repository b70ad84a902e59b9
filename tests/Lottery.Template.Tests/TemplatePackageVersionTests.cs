using System.Xml.Linq;

namespace Lottery.Template.Tests;

/// <summary>
/// A generated plugin pins its own package versions (it builds outside the checkout). LotteryHost's own
/// packages must be the versions this checkout packs; the others, versions the host already uses: those
/// are the versions known to be served where LotteryHost builds.
/// </summary>
public sealed class TemplatePackageVersionTests
{
    [Fact]
    public void The_template_pins_the_packed_versions_and_the_package_versions_of_the_host()
    {
        var known = Versions(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"));
        foreach (var id in LotteryPackages.Projects.Keys) known[id] = LotteryPackages.Version(id);
        var template = Versions(Path.Combine(TemplatePlugin.TemplateDirectory, "Directory.Packages.props"));

        Assert.Subset(template.Keys.ToHashSet(), LotteryPackages.Projects.Keys.ToHashSet());
        foreach (var (package, version) in template)
        {
            Assert.True(known.TryGetValue(package, out var knownVersion) && knownVersion == version,
                $"plugin-template pins {package} {version}; the checkout has {knownVersion ?? "no such package"}");
        }
    }

    private static Dictionary<string, string> Versions(string packagesProps) =>
        XDocument.Load(packagesProps).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
}
