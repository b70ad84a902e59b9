namespace Lottery.Template.Tests;

/// <summary>What the template derives from a plugin's name: type and file names, and the strategy's name.</summary>
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
    public void The_host_root_becomes_the_default_of_LotteryHostRoot()
    {
        var props = File.ReadAllText(Path.Combine(plugin.Solution, "Directory.Build.props"));

        Assert.Contains($"<LotteryHostRoot Condition=\"'$(LotteryHostRoot)' == ''\">{RepositoryRoot.Path}</LotteryHostRoot>", props);
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

        public ContosoPlugin() => Solution = TemplatePlugin.Create("Contoso.RandomCut", work.Path);

        public string Solution { get; }

        public void Dispose() => work.Dispose();
    }
}
