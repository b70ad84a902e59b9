namespace Lottery.Plugins.Vision.Data.OutOfDistribution;

/// <summary>The corruptions computed for any image dataset, by name.</summary>
public static class BuiltInCorruptions
{
    public static readonly IReadOnlyList<ICorruption> All =
        [new GaussianNoise(), new ShotNoise(), new ImpulseNoise(), new DefocusBlur(), new Contrast(), new Brightness(), new Pixelate()];

    public static IEnumerable<string> Names => All.Select(c => c.Name);

    public static ICorruption? Find(string name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
