using Lottery.Torch.Serialization;

namespace Lottery.Torch.Tests;

/// <summary>Files written here carry a SHA-256 of their data, checked on load: corruption is named, never loaded.</summary>
public sealed class SafeTensorsChecksumTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("safetensors-checksum-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_flipped_data_byte_is_detected_and_named()
    {
        using var scope = NewDisposeScope();
        var path = Path.Combine(directory, "weights.safetensors");
        SafeTensors.Save(path, new Dictionary<string, Tensor> { ["w"] = arange(16, float32) }, new Dictionary<string, string> { ["level"] = "2" });
        using (var clean = SafeTensors.Load(path))
        {
            Assert.Equal(new Dictionary<string, string> { ["level"] = "2" }, clean.Metadata);
        }
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<SafeTensorsFormatException>(() => SafeTensors.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("content checksum mismatch", error.Message);
    }

    [Fact]
    public void The_checksum_key_is_reserved()
    {
        using var scope = NewDisposeScope();
        var error = Assert.Throws<ArgumentException>(() => SafeTensors.Save(Path.Combine(directory, "x.safetensors"),
            new Dictionary<string, Tensor> { ["w"] = ones(1) }, new Dictionary<string, string> { ["lottery.content-sha256"] = "0" }));
        Assert.Contains("reserved", error.Message);
    }
}
