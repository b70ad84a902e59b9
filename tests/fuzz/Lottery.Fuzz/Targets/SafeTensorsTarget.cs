using Lottery.Torch.Serialization;

namespace Lottery.Fuzz.Targets;

/// <summary>
/// safetensors (weights, masks, checkpoints, tickets from elsewhere): header JSON, dtypes, shapes, offsets and the
/// checksum metadata. The documented error is <see cref="SafeTensorsFormatException"/> naming the file.
/// </summary>
public sealed class SafeTensorsTarget : IFuzzTarget
{
    public string Name => "safetensors";

    public void Run(byte[] input, string folder)
    {
        var path = Path.Combine(folder, "weights.safetensors");
        File.WriteAllBytes(path, input);
        try
        {
            using var file = SafeTensors.Load(path);
        }
        catch (SafeTensorsFormatException e) when (e.Path == path)
        {
        }
    }

    public IEnumerable<Seed> Seeds(string repository)
    {
        using var scope = NewDisposeScope();
        manual_seed(18);
        yield return Written("weights.safetensors", new Dictionary<string, Tensor>
        {
            ["conv.weight"] = randn(2, 1, 3, 3),
            ["conv.bias"] = zeros(2),
            ["step"] = tensor(new long[] { 3 }),
        }, new Dictionary<string, string> { ["epoch"] = "1" });
        yield return Written("mask.safetensors", new Dictionary<string, Tensor> { ["conv.weight"] = rand(2, 1, 3, 3).gt(0.5) });
        // One tensor of every dtype, an empty tensor and a scalar: each branch of the dtype table and of the shapes.
        yield return Written("dtypes.safetensors", SafeTensorsDType.Names.Select((name, i) =>
            {
                SafeTensorsDType.TryParse(name, out var type);
                return KeyValuePair.Create(name.ToLowerInvariant(), ones([i % 3 + 1], type));
            })
            .Append(KeyValuePair.Create("empty", zeros(0, 4)))
            .Append(KeyValuePair.Create("scalar", scalar_tensor(2.5)))
            .ToDictionary());
        yield return Written("nothing.safetensors", new Dictionary<string, Tensor>());
    }

    private static Seed Written(string name, IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var stream = new MemoryStream();
        SafeTensors.Save(stream, tensors, metadata);
        return new Seed(name, stream.ToArray());
    }
}
