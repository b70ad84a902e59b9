using Lottery.Plugins.Vision.Data;

namespace Lottery.Fuzz.Targets;

/// <summary>
/// CIFAR-10 and CIFAR-100 binary batches: each input is read with both record layouts. The documented error is
/// <see cref="InvalidDataException"/> naming the file.
/// </summary>
public sealed class CifarTarget : IFuzzTarget
{
    private static readonly CifarRecord[] Records = [Cifar10Dataset.Format.Record, Cifar100Dataset.Format.Record];

    public string Name => "cifar";

    public void Run(byte[] input, string folder)
    {
        var path = Path.Combine(folder, "data_batch_1.bin");
        File.WriteAllBytes(path, input);
        foreach (var record in Records)
        {
            using var scope = NewDisposeScope();
            try
            {
                record.Read(path);
            }
            catch (InvalidDataException e) when (e.Message.Contains(path, StringComparison.Ordinal))
            {
            }
        }
    }

    public IEnumerable<Seed> Seeds(string repository)
    {
        // Two CIFAR-10 records (labels 3 and 9) and one CIFAR-100 record (coarse 4, fine 77), pixels a ramp.
        var pixels = Enumerable.Range(0, CifarRecord.ImageBytes).Select(i => (byte)i).ToArray();
        yield return new Seed("cifar-10.bin", [3, .. pixels, 9, .. pixels]);
        yield return new Seed("cifar-100.bin", [4, 77, .. pixels]);
    }
}
