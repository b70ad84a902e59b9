using Lottery.Plugins.Vision.Data.OutOfDistribution;
using Lottery.Tests.Shared;

namespace Lottery.Fuzz.Targets;

/// <summary>
/// .npy, as CIFAR-10-C / CIFAR-100-C archives hold images and labels: the header, then the rows the out-of-distribution
/// sets read (labels as integers, images as bytes). The documented error is <see cref="InvalidDataException"/> naming the file.
/// </summary>
public sealed class NpyTarget : IFuzzTarget
{
    // As many rows as an out-of-distribution set of a few images reads; bounded so one run stays fast.
    private const long RowsRead = 16;

    public string Name => "npy";

    public void Run(byte[] input, string folder)
    {
        var path = Path.Combine(folder, "fog.npy");
        File.WriteAllBytes(path, input);
        try
        {
            var file = NpyFile.Open(path);
            var rows = Math.Min(file.Shape[0], RowsRead);
            if (file.Shape.Length == 1) file.ReadIntegers(0, rows);
            else file.ReadRows(0, rows);
        }
        catch (InvalidDataException e) when (e.Message.Contains(path, StringComparison.Ordinal))
        {
        }
    }

    public IEnumerable<Seed> Seeds(string repository)
    {
        var pixels = Enumerable.Range(0, 5 * 2 * 2 * 3).Select(i => (byte)(i * 7)).ToArray();
        yield return new Seed("images.npy", DataFolder.Npy("|u1", [5, 2, 2, 3], pixels));
        yield return new Seed("labels-u1.npy", DataFolder.Npy("|u1", [5], [0, 1, 2, 3, 4]));
        yield return new Seed("labels-i8.npy", DataFolder.Npy("<i8", [2], [.. BitConverter.GetBytes(7L), .. BitConverter.GetBytes(9L)]));
        yield return new Seed("labels-i4.npy", DataFolder.Npy("<i4", [1], BitConverter.GetBytes(3)));
    }
}
