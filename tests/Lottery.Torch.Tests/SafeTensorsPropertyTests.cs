using CsCheck;
using Lottery.Torch.Serialization;

namespace Lottery.Torch.Tests;

/// <summary>
/// Properties of the safetensors writer and reader over random state dicts: names (JSON escapes, non-ASCII), every
/// dtype, shapes with empty and scalar tensors, and metadata. Any of them reads back identical; any truncation or
/// single flipped byte of a written file reads back identical or is refused with <see cref="SafeTensorsFormatException"/>.
/// </summary>
public sealed class SafeTensorsPropertyTests
{
    private const long Iterations = 150;

    private static readonly Gen<string> Name = Gen.String[Gen.Char["ab.Z_0\"\\é/ \u00ff"], 1, 6];

    private static readonly Gen<(string Name, string DType, long[] Shape)> Entry =
        Gen.Select(Name, Gen.OneOf(SafeTensorsDType.Names.ToArray()), Gen.Long[0, 3].Array[0, 3]);

    /// <summary>Entries (names made distinct), metadata, and a seed for the tensors' bytes.</summary>
    private static readonly Gen<StateDict> StateDicts =
        Gen.Select(Entry.Array[0, 5], Gen.Select(Name, Name).Array[0, 3], Gen.Int).Select((entries, metadata, seed) => new StateDict(
            entries.DistinctBy(e => e.Name).ToArray(),
            metadata.DistinctBy(m => m.Item1).ToDictionary(m => m.Item1, m => m.Item2),
            seed));

    [Fact]
    public void Any_state_dict_reads_back_identical()
    {
        StateDicts.Sample(state =>
        {
            using var scope = NewDisposeScope();
            var tensors = state.Tensors();
            using var file = SafeTensors.Load(Written(tensors, state.Metadata));
            AssertSame(tensors, state.Metadata, file);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Any_truncation_or_flipped_byte_reads_identical_or_is_refused()
    {
        // Damage: a position as a fraction of the file, and a flip mask (0: truncate there instead).
        Gen.Select(StateDicts, Gen.Double[0, 1], Gen.Byte).Sample((state, where, mask) =>
        {
            using var scope = NewDisposeScope();
            var tensors = state.Tensors();
            var bytes = Written(tensors, state.Metadata);
            var position = (int)(where * (bytes.Length - 1));
            var damaged = mask == 0 ? bytes[..position] : bytes.ToArray();
            if (mask != 0) damaged[position] ^= mask;
            try
            {
                using var file = SafeTensors.Load(damaged);
                AssertSame(tensors, state.Metadata, file);
            }
            catch (SafeTensorsFormatException)
            {
            }
        }, iter: Iterations * 4, threads: 1);
    }

    private static byte[] Written(IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        using var stream = new MemoryStream();
        SafeTensors.Save(stream, tensors, metadata);
        return stream.ToArray();
    }

    private static void AssertSame(IReadOnlyDictionary<string, Tensor> expected, IReadOnlyDictionary<string, string> metadata, SafeTensorsFile file)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), file.Tensors.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, tensor) in expected)
        {
            Assert.Equal(tensor.dtype, file.Tensors[name].dtype);
            Assert.Equal(tensor.shape, file.Tensors[name].shape);
            Assert.Equal(tensor.bytes(), file.Tensors[name].bytes());
        }
        Assert.Equal(metadata.OrderBy(p => p.Key, StringComparer.Ordinal), file.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private sealed record StateDict((string Name, string DType, long[] Shape)[] Entries, Dictionary<string, string> Metadata, int Seed)
    {
        /// <summary>The tensors, their bytes drawn from the seed (booleans 0 or 1, as libtorch holds them).</summary>
        public Dictionary<string, Tensor> Tensors()
        {
            var random = new Random(Seed);
            return Entries.ToDictionary(e => e.Name, e =>
            {
                SafeTensorsDType.TryParse(e.DType, out var type);
                var bytes = new byte[ShapeSize.BytesOf(type.ElementSize(), e.Shape)!.Value];
                random.NextBytes(bytes);
                if (type == ScalarType.Bool) bytes = bytes.Select(b => (byte)(b & 1)).ToArray();
                return frombuffer(bytes, type, e.Shape);
            });
        }
    }
}
