using System.Runtime.InteropServices;
using Lottery.Torch.Serialization;

namespace Lottery.Torch.Tests;

/// <summary>Files written here carry a SHA-256 of their header and data, checked on load: corruption is named, never loaded.</summary>
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
            new Dictionary<string, Tensor> { ["w"] = ones(1) }, new Dictionary<string, string> { ["lottery.file-sha256"] = "0" }));
        Assert.Contains("reserved", error.Message);
    }

    [Theory]
    [InlineData("\"level\":\"2\"", "\"level\":\"3\"")]
    [InlineData("\"weight\"", "\"weighu\"")]
    [InlineData("\"shape\":[4,4]", "\"shape\":[2,8]")]
    public void A_changed_header_is_detected_like_changed_data(string original, string changed)
    {
        using var scope = NewDisposeScope();
        var path = Path.Combine(directory, "header.safetensors");
        SafeTensors.Save(path, new Dictionary<string, Tensor> { ["weight"] = arange(16, float32).view(4, 4) }, new Dictionary<string, string> { ["level"] = "2" });
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path));
        Assert.Contains(original, text);
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(text.Replace(original, changed)));
        var error = Assert.Throws<SafeTensorsFormatException>(() => SafeTensors.Load(path));
        Assert.Contains("content checksum mismatch", error.Message);
    }

    [Fact]
    public void A_file_with_the_older_data_only_checksum_is_still_verified()
    {
        using var scope = NewDisposeScope();
        var data = new byte[16];
        MemoryMarshal.Cast<byte, float>(data.AsSpan()).Fill(1.5f);
        var path = Path.Combine(directory, "older.safetensors");
        var sha256 = System.Security.Cryptography.SHA256.HashData(data);
        File.WriteAllBytes(path, Older(data, sha256));
        using (var file = SafeTensors.Load(path))
        {
            Assert.Equal(new[] { 1.5f, 1.5f, 1.5f, 1.5f }, file.Tensors["w"].data<float>());
            Assert.Empty(file.Metadata);
        }
        data[5] ^= 1;
        File.WriteAllBytes(path, Older(data, sha256));
        Assert.Contains("content checksum mismatch", Assert.Throws<SafeTensorsFormatException>(() => SafeTensors.Load(path)).Message);
    }

    // A safetensors file as this library wrote them before the header was covered: the checksum of the data alone.
    private static byte[] Older(byte[] data, byte[] sha256)
    {
        var json = $"{{\"__metadata__\":{{\"lottery.content-sha256\":\"{Convert.ToHexStringLower(sha256)}\"}},\"w\":{{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}}}";
        var header = System.Text.Encoding.UTF8.GetBytes(json.PadRight((json.Length + 7) / 8 * 8));
        return [.. BitConverter.GetBytes((ulong)header.Length), .. header, .. data];
    }
}
