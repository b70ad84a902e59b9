using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Lottery.Torch.Serialization;

namespace Lottery.Torch.Tests;

public sealed class SafeTensorsTests : IDisposable
{
    private static readonly float[] Floats = [1.5f, -0f, float.MaxValue, float.NaN, float.Epsilon, -3.25f];
    private static readonly double[] Doubles = [Math.PI, -1e300, double.NegativeInfinity];
    private static readonly Half[] Halves = [(Half)0.5f, Half.MaxValue, (Half)(-2f), Half.Epsilon];
    private static readonly BFloat16[] BFloats = [(BFloat16)1f, (BFloat16)(-3.5f), (BFloat16)1e30f];
    private static readonly long[] Longs = [long.MinValue, 0, long.MaxValue];
    private static readonly int[] Ints = [int.MinValue, -1, 7, int.MaxValue];
    private static readonly short[] Shorts = [short.MinValue, 300, short.MaxValue];
    private static readonly sbyte[] SBytes = [sbyte.MinValue, -1, sbyte.MaxValue];
    private static readonly byte[] Bytes = [0, 128, 255];
    private static readonly bool[] Bools = [true, false, false, true];

    private readonly string directory = Directory.CreateTempSubdirectory("safetensors-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Every_dtype_round_trips_through_a_file_with_exact_values_and_shapes()
    {
        using var scope = NewDisposeScope();
        var saved = EveryDtype();
        var path = Path.Combine(directory, "all.safetensors");
        SafeTensors.Save(path, saved);
        using var file = SafeTensors.Load(path);

        Assert.Equal(saved.Keys.Order(), file.Tensors.Keys.Order());
        foreach (var (name, expected) in saved)
        {
            var actual = file.Tensors[name];
            Assert.Equal(expected.dtype, actual.dtype);
            Assert.Equal(expected.shape, actual.shape);
            Assert.Equal(DeviceType.CPU, actual.device.type);
            Assert.Equal(expected.bytes(), actual.bytes());
        }
        Assert.Equal(Floats, file.Tensors["f32"].data<float>());
        Assert.Equal(Doubles, file.Tensors["f64"].data<double>());
        Assert.Equal(Halves, file.Tensors["f16"].data<Half>());
        Assert.Equal(BFloats, file.Tensors["bf16"].data<BFloat16>());
        Assert.Equal(Longs, file.Tensors["i64"].data<long>());
        Assert.Equal(Ints, file.Tensors["i32"].data<int>());
        Assert.Equal(Shorts, file.Tensors["i16"].data<short>());
        Assert.Equal(SBytes, file.Tensors["i8"].data<sbyte>());
        Assert.Equal(Bytes, file.Tensors["u8"].data<byte>());
        Assert.Equal(Bools, file.Tensors["bool"].data<bool>());
        Assert.Empty(file.Tensors["scalar"].shape);
        Assert.Equal(2.5, file.Tensors["scalar"].item<double>());
        Assert.Equal(new long[] { 0, 3 }, file.Tensors["empty"].shape);
        Assert.Empty(file.Metadata);
    }

    [Fact]
    public void Metadata_round_trips_through_bytes_and_through_a_stream_that_cannot_seek()
    {
        using var scope = NewDisposeScope();
        var metadata = new Dictionary<string, string> { ["format"] = "pt", ["ünïcode"] = "välue \"quoted\"\n", ["empty"] = "" };
        var bytes = Saved(new Dictionary<string, Tensor> { ["w"] = ones(2, 2) }, metadata);
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionMode.Compress, leaveOpen: true)) gzip.Write(bytes);
        compressed.Position = 0;

        var fromBytes = SafeTensors.Load(bytes);
        var fromUnseekable = SafeTensors.Load(new GZipStream(compressed, CompressionMode.Decompress));

        foreach (var file in new[] { fromBytes, fromUnseekable })
        {
            Assert.Equal(metadata.OrderBy(p => p.Key), file.Metadata.OrderBy(p => p.Key));
            Assert.Equal(new float[] { 1, 1, 1, 1 }, file.Tensors["w"].data<float>());
        }
    }

    [Fact]
    public void Writing_is_deterministic_padded_and_widest_dtype_first()
    {
        using var scope = NewDisposeScope();
        var forwards = new Dictionary<string, Tensor> { ["a"] = ones([3], int8), ["b"] = ones([1], float64), ["c"] = ones([1], float64) };
        var backwards = forwards.Reverse().ToDictionary();
        var first = Saved(forwards, new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" });
        var second = Saved(backwards, new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" });

        Assert.Equal(first, second);
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(first);
        Assert.Equal(0UL, headerLength % 8);
        using var file = SafeTensors.Load(first);
        Assert.Equal(["b", "c", "a"], file.Tensors.Keys);
    }

    [Fact]
    public void A_file_built_by_hand_reads_back_in_data_order()
    {
        using var scope = NewDisposeScope();
        var data = new byte[34];
        float[] weights = [1f, -2f, 0.25f, 1e-3f];
        for (var i = 0; i < 4; i++) BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(4 * i), weights[i]);
        BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(16), -5);
        BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(24), 1L << 40);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(32), 0x3FC0); // bfloat16 1.5
        var json = """
            {"b":{"dtype":"I64","shape":[2],"data_offsets":[16,32]},
             "__metadata__":{"source":"hand"},
             "w":{"shape":[2,2],"dtype":"F32","data_offsets":[0,16]},
             "h":{"dtype":"BF16","shape":[],"data_offsets":[32,34]}}
            """;

        using var file = SafeTensors.Load(FileBytes(json.PadRight(json.Length + 13), data));

        Assert.Equal(["w", "b", "h"], file.Tensors.Keys);
        Assert.Equal(weights, file.Tensors["w"].data<float>());
        Assert.Equal(new long[] { 2, 2 }, file.Tensors["w"].shape);
        Assert.Equal(new long[] { -5, 1L << 40 }, file.Tensors["b"].data<long>());
        Assert.Equal([(BFloat16)1.5f], file.Tensors["h"].data<BFloat16>());
        Assert.Equal("hand", file.Metadata["source"]);
    }

    [Fact]
    public void A_truncated_file_names_itself_and_the_problem()
    {
        var path = Path.Combine(directory, "short.safetensors");
        File.WriteAllBytes(path, [1, 2, 3]);
        var error = Assert.Throws<SafeTensorsFormatException>(() => SafeTensors.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("truncated: it has 3 bytes, fewer than the 8-byte header length", error.Message);
    }

    [Fact]
    public void A_header_length_past_the_end_of_the_file_is_refused()
    {
        var bytes = new byte[120];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, 9999999);
        AssertProblem(bytes, "header length 9999999 exceeds file size 120");
    }

    [Fact]
    public void An_absurd_header_length_is_refused_before_allocating()
    {
        var path = Path.Combine(directory, "huge.safetensors");
        using (var stream = File.Create(path))
        {
            // Sparse: the file claims 200 MB without using the disk, so only the header-length limit can stop the read.
            stream.SetLength(200_000_000);
            var prefix = new byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(prefix, 150_000_000);
            stream.Write(prefix);
        }
        var error = Assert.Throws<SafeTensorsFormatException>(() => SafeTensors.Load(path));
        Assert.Contains("header length 150000000 exceeds the 100000000-byte limit", error.Message);
    }

    [Theory]
    [InlineData("{not json", 0, "header is not valid JSON: ")]
    [InlineData("[1, 2]", 0, "header is a JSON array, not an object")]
    [InlineData("""{"w":{"dtype":"X9","shape":[1],"data_offsets":[0,4]}}""", 4,
        "tensor 'w' has dtype 'X9' which is not one of I64, F64, F32, I32, BF16, F16, I16, I8, U8, BOOL")]
    [InlineData("""{"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,12]}}""", 12,
        "tensor 'w' data_offsets [0, 12] do not match shape [2, 2] of F32 (16 bytes)")]
    [InlineData("""{"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}""", 8,
        "data_offsets [0, 16] of 'w' fall outside the data section (8 bytes)")]
    [InlineData("""{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}""", 16,
        "data_offsets [8, 16] of 'b' overlap data_offsets [0, 16] of 'a'")]
    [InlineData("""{"a":{"dtype":"U8","shape":[8],"data_offsets":[0,8]},"b":{"dtype":"U8","shape":[8],"data_offsets":[16,24]}}""", 24,
        "bytes [8, 16) of the data section belong to no tensor")]
    [InlineData("""{"a":{"dtype":"U8","shape":[8],"data_offsets":[0,8]}}""", 12,
        "the data section has 12 bytes but the tensors' data_offsets cover only 8")]
    [InlineData("""{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,8]}}""", 8,
        "tensor 'a' shape holds -1, which is not a non-negative integer")]
    [InlineData("""{"a":{"dtype":"U8","data_offsets":[0,8]}}""", 8, "tensor 'a' has no shape")]
    [InlineData("""{"__metadata__":{"epoch":3}}""", 0, "__metadata__ value for 'epoch' is a JSON number, not a string")]
    [InlineData("""{"a":{"dtype":"U8","shape":[],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[],"data_offsets":[1,2]}}""", 2,
        "'a' appears more than once in the header")]
    public void A_malformed_header_gives_an_error_that_names_the_problem(string json, int dataLength, string problem) =>
        AssertProblem(FileBytes(json, new byte[dataLength]), problem);

    [Fact]
    public void The_metadata_key_cannot_name_a_tensor()
    {
        using var scope = NewDisposeScope();
        var tensors = new Dictionary<string, Tensor> { ["__metadata__"] = ones(1) };
        var error = Assert.Throws<ArgumentException>(() => SafeTensors.Save(new MemoryStream(), tensors));
        Assert.Contains("reserved", error.Message);
    }

    [Fact]
    public void Saving_over_an_existing_file_replaces_it_and_leaves_no_temporary_file()
    {
        using var scope = NewDisposeScope();
        var path = Path.Combine(directory, "model.safetensors");
        SafeTensors.Save(path, new Dictionary<string, Tensor> { ["old"] = ones(1) });
        SafeTensors.Save(path, new Dictionary<string, Tensor> { ["new"] = zeros(2) });

        using var file = SafeTensors.Load(path);
        Assert.Equal(["new"], file.Tensors.Keys);
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    private static Dictionary<string, Tensor> EveryDtype() => new()
    {
        ["f32"] = tensor(Floats, [2, 3]),
        ["f64"] = tensor(Doubles),
        ["f16"] = tensor(Halves, [2, 2]),
        ["bf16"] = tensor(BFloats, [3, 1]),
        ["i64"] = tensor(Longs),
        ["i32"] = tensor(Ints, [1, 2, 2]),
        ["i16"] = tensor(Shorts),
        ["i8"] = tensor(SBytes),
        ["u8"] = tensor(Bytes),
        ["bool"] = tensor(Bools, [2, 2]),
        ["scalar"] = scalar_tensor(2.5, float64),
        ["empty"] = zeros([0, 3], int32),
    };

    private static byte[] Saved(IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        var stream = new MemoryStream();
        SafeTensors.Save(stream, tensors, metadata);
        return stream.ToArray();
    }

    /// <summary>A file as the format defines it: little-endian u64 header length, the JSON, the data section.</summary>
    private static byte[] FileBytes(string json, byte[] data)
    {
        var header = Encoding.UTF8.GetBytes(json);
        var bytes = new byte[8 + header.Length + data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)header.Length);
        header.CopyTo(bytes, 8);
        data.CopyTo(bytes, 8 + header.Length);
        return bytes;
    }

    private static void AssertProblem(byte[] bytes, string problem)
    {
        var error = Assert.Throws<SafeTensorsFormatException>(() => SafeTensors.Load(bytes));
        Assert.Contains(problem, error.Message);
    }
}
