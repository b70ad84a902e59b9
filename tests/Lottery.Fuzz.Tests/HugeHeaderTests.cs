using System.Buffers.Binary;
using System.Text;
using Lottery.Plugins.Vision.Data;
using Lottery.Plugins.Vision.Data.OutOfDistribution;
using Lottery.Tests.Shared;
using Lottery.Torch.Serialization;

namespace Lottery.Fuzz.Tests;

/// <summary>
/// A header that claims far more data than its file holds is refused before anything is allocated for the claim: the
/// memory this thread allocates while reading is measured and stays under a few megabytes.
/// </summary>
public sealed class HugeHeaderTests : IDisposable
{
    // The IDX reader's first data buffer is 1 MiB; anything near the claims below is gigabytes.
    private const long AllocationLimit = 4 << 20;

    private readonly DataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_safetensors_header_claiming_2_to_the_60_elements_is_refused_before_allocation()
    {
        var json = Encoding.UTF8.GetBytes($$$"""{"w":{"dtype":"U8","shape":[{{{1L << 60}}}],"data_offsets":[0,{{{1L << 60}}}]}}""");
        var bytes = new byte[8 + json.Length + 16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)json.Length);
        json.CopyTo(bytes, 8);
        var path = folder.Write("huge.safetensors", bytes);
        var liveTensors = LiveTensorCount;

        var error = RefusedWithin<SafeTensorsFormatException>(() => SafeTensors.Load(path));

        Assert.Equal(path, error.Path);
        Assert.Contains("fall outside the data section (16 bytes)", error.Message);
        Assert.Equal(liveTensors, LiveTensorCount);
    }

    [Fact]
    public void A_safetensors_shape_whose_strides_overflow_is_refused_though_it_has_a_zero_dimension()
    {
        var json = Encoding.UTF8.GetBytes($$$"""{"w":{"dtype":"F32","shape":[0,{{{1L << 40}}},{{{1L << 40}}}],"data_offsets":[0,0]}}""");
        var bytes = new byte[8 + json.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)json.Length);
        json.CopyTo(bytes, 8);
        var path = folder.Write("strides.safetensors", bytes);

        var error = RefusedWithin<SafeTensorsFormatException>(() => SafeTensors.Load(path));

        Assert.Contains("too large to address", error.Message);
    }

    [Fact]
    public void An_npy_header_claiming_2_to_the_60_elements_is_refused_before_allocation()
    {
        var path = folder.Write("fog.npy", DataFolder.Npy("|u1", [1L << 60], [1, 2, 3]));

        var error = RefusedWithin<InvalidDataException>(() => NpyFile.Open(path));

        Assert.Contains($"{path} is truncated: its header says shape ({1L << 60}) of '|u1'", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_idx_header_claiming_2_gigabytes_is_refused_before_allocating_them(bool gzip)
    {
        var path = folder.Write(gzip ? "images.gz" : "images", DataFolder.Idx([65535, 32768], [1, 2, 3]), gzip);

        var error = RefusedWithin<InvalidDataException>(() => IdxFile.Read(path));

        Assert.Contains($"{path} is truncated: expected 2147450880 data bytes for dimensions [65535, 32768], got 3 of", error.Message);
    }

    [Fact]
    public void Idx_dimensions_whose_product_overflows_a_long_are_refused()
    {
        var path = folder.Write("images", DataFolder.Idx([int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue], []));

        var error = RefusedWithin<InvalidDataException>(() => IdxFile.Read(path));

        Assert.Contains("more than this reader supports", error.Message);
    }

    /// <summary>The error read throws, after checking the read allocated little (measured on its second run: the first JITs).</summary>
    private static TException RefusedWithin<TException>(Func<object> read) where TException : Exception
    {
        Assert.Throws<TException>(read);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<TException>(read);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationLimit, $"reading allocated {allocated} bytes, over {AllocationLimit}");
        return error;
    }
}
