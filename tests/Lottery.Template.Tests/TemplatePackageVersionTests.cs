using System.Xml.Linq;

namespace Lottery.Template.Tests;

/// <summary>
/// A generated plugin pins its own package versions (it builds outside the checkout). They must be ones
/// the host already uses: those are the versions known to be served where LotteryHost builds.
/// </summary>
public sealed class TemplatePackageVersionTests
{
    [Fact]
    public void The_template_uses_the_package_versions_of_the_host()
    {
        var host = Versions(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"));
        var template = Versions(Path.Combine(TemplatePlugin.TemplateDirectory, "Directory.Packages.props"));

        Assert.NotEmpty(template);
        foreach (var (package, version) in template)
        {
            Assert.True(host.TryGetValue(package, out var hostVersion) && hostVersion == version,
                $"plugin-template pins {package} {version}; the host's Directory.Packages.props has {hostVersion ?? "no such package"}");
        }
    }

    private static Dictionary<string, string> Versions(string packagesProps) =>
        XDocument.Load(packagesProps).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
}
