using System.Xml.Linq;

namespace Lottery.Template.Tests;

/// <summary>
/// What the template derives from its parameters: type and file names and the strategy's name from the
/// plugin's name, the source of LotteryHost's packages from --packages.
/// </summary>
public sealed class TemplateNamingTests(TemplateNamingTests.ContosoPlugin plugin) : IClassFixture<TemplateNamingTests.ContosoPlugin>
{
    [Fact]
    public void A_dotted_name_becomes_types_without_dots_and_a_kebab_case_strategy_name()
    {
        foreach (var file in new[]
                 {
                     "Contoso.RandomCut.slnx",
                     "Contoso.RandomCut/Contoso.RandomCut.csproj",
                     "Contoso.RandomCut/ContosoRandomCutPlugin.cs",
                     "Contoso.RandomCut/ContosoRandomCutPruner.cs",
                     "Contoso.RandomCut/ContosoRandomCutOptions.cs",
                     "Contoso.RandomCut.Tests/Contoso.RandomCut.Tests.csproj",
                     "Contoso.RandomCut.Tests/ContosoRandomCutPrunerTests.cs",
                 })
        {
            Assert.True(File.Exists(Path.Combine(plugin.Solution, file)), $"no {file} in {plugin.Solution}");
        }
        var entryPoint = File.ReadAllText(Path.Combine(plugin.Solution, "Contoso.RandomCut", "ContosoRandomCutPlugin.cs"));
        Assert.Contains("AddPruner<ContosoRandomCutPruner, ContosoRandomCutOptions>(", entryPoint);
        Assert.Contains("\"contoso-random-cut\"", entryPoint);
    }

    [Fact]
    public void The_packages_folder_becomes_the_package_source_of_LotteryHosts_packages()
    {
        var sources = XDocument.Load(Path.Combine(plugin.Solution, "nuget.config")).Descendants("packageSources").Single();

        var lottery = sources.Elements("add").Single(source => (string?)source.Attribute("key") == "lottery");
        Assert.Equal(plugin.Packages, (string?)lottery.Attribute("value"));
    }

    [Fact]
    public void Nothing_of_the_template_name_is_left()
    {
        var leftovers = Directory.GetFiles(plugin.Solution, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetRelativePath(plugin.Solution, file).Contains("acme", StringComparison.OrdinalIgnoreCase) ||
                           File.ReadAllText(file).Contains("acme", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.True(leftovers.Count == 0, $"still naming Acme: {string.Join(", ", leftovers)}");
    }

    /// <summary>One plugin generated (not built) as Contoso.RandomCut, shared by these tests.</summary>
    public sealed class ContosoPlugin : IDisposable
    {
        private readonly TemporaryDirectory work = new();

        public ContosoPlugin() => Solution = TemplatePlugin.Create("Contoso.RandomCut", work.Path, Packages);

        /// <summary>The packages folder it was generated with (nothing is packed there: it is not built).</summary>
        public string Packages => Path.Combine(work.Path, "feed");

        public string Solution { get; }

        public void Dispose() => work.Dispose();
    }
}
