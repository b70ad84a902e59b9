namespace Lottery.Fuzz;

/// <summary>Writes each target's seeds to &lt;corpus&gt;/&lt;target&gt;/, beside any crashers already there.</summary>
public static class SeedCorpus
{
    public static void Write(string corpus, string repository)
    {
        foreach (var target in FuzzTargets.All)
        {
            var folder = Directory.CreateDirectory(Path.Combine(corpus, target.Name)).FullName;
            foreach (var seed in target.Seeds(repository)) File.WriteAllBytes(Path.Combine(folder, seed.Name), seed.Content);
        }
    }
}
