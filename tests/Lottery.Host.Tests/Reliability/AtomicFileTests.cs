using Lottery.Host.Configuration;
using Lottery.Host.Runs;
using Lottery.Torch.Serialization;

namespace Lottery.Host.Tests.Reliability;

/// <summary>The single write path of run files, and the fault injection that acts on it.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("atomic-file-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Tensors_written_atomically_load_back_with_their_metadata()
    {
        var path = Path.Combine(folder, "weights.safetensors");
        using (var weights = arange(6, float32).reshape(2, 3))
        {
            AtomicFile.WriteTensors(path, new Dictionary<string, Tensor> { ["w"] = weights }, new Dictionary<string, string> { ["level"] = "1" });
        }
        using var file = SafeTensors.Load(path);
        Assert.Equal([0f, 1, 2, 3, 4, 5], file.Tensors["w"].data<float>().ToArray());
        Assert.Equal("1", file.Metadata["level"]);
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_full_disk_fails_naming_the_file_and_leaves_the_old_file_and_no_temporary_file()
    {
        var path = Path.Combine(folder, "level_1", "final.safetensors");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteAllText(path, "old");
        var fault = FaultInjection.Parse("enospc:level_1/final.safetensors")!;

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream => stream.Write(new byte[1000]), fault));

        Assert.Equal($"could not write {path}: No space left on device", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_fault_acts_only_on_files_whose_path_ends_with_its_target()
    {
        var fault = FaultInjection.Parse("enospc:level_1/final.safetensors")!;
        Assert.True(fault.Matches("/runs/x/level_1/final.safetensors"));
        Assert.False(fault.Matches("/runs/x/level_0/final.safetensors"));
        Assert.False(fault.Matches("/runs/x/level_11/final.safetensors"));
        Assert.True(FaultInjection.Parse("kill-mid-write:mask.safetensors")!.Matches("/runs/x/level_2/mask.safetensors"));
        Assert.False(FaultInjection.Parse("kill-mid-write:mask.safetensors")!.Matches("/runs/x/level_2/pool-mask.safetensors"));

        var path = Path.Combine(folder, "final.safetensors");
        AtomicFile.Write(path, stream => stream.Write(new byte[10]), fault);
        Assert.Equal(10, new FileInfo(path).Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_fault_is_armed_without_a_value(string? value) => Assert.Null(FaultInjection.Parse(value));

    [Theory]
    [InlineData("enospc")]
    [InlineData("enospc:")]
    [InlineData("crash:level.json")]
    public void A_malformed_fault_is_a_configuration_error_that_names_the_variable(string value)
    {
        var error = Assert.Throws<ConfigurationError>(() => FaultInjection.Parse(value));
        Assert.Contains($"LOTTERY_FAULT = '{value}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leftovers_of_killed_writes_are_removed_and_nothing_else()
    {
        var level = Directory.CreateDirectory(Path.Combine(folder, "level_1")).FullName;
        var leftover = Path.Combine(level, $"checkpoint.safetensors.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(leftover, "half");
        var kept = new[] { Path.Combine(level, "mask.safetensors"), Path.Combine(folder, "notes.tmp") };
        foreach (var file in kept) File.WriteAllText(file, "keep");

        Assert.Equal([leftover], AtomicFile.RemoveLeftovers(folder));

        Assert.False(File.Exists(leftover));
        Assert.All(kept, file => Assert.True(File.Exists(file), file));
    }
}
