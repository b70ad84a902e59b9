using System.IO.Compression;
using Lottery.Plugins.Vision.Data;
using Lottery.Tests.Shared;

namespace Lottery.Fuzz.Targets;

/// <summary>
/// IDX (MNIST, Fashion-MNIST), plain and gzip-compressed: each input is read as both a plain file and a .gz file, so
/// plain seeds exercise the IDX parser and compressed ones the gzip layer under it. The documented error is
/// <see cref="InvalidDataException"/> naming the file.
/// </summary>
public sealed class IdxTarget : IFuzzTarget
{
    public string Name => "idx";

    public void Run(byte[] input, string folder)
    {
        foreach (var name in new[] { "train-images-idx3-ubyte", "train-images-idx3-ubyte.gz" })
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, input);
            try
            {
                IdxFile.Read(path);
            }
            catch (InvalidDataException e) when (e.Message.Contains(path, StringComparison.Ordinal))
            {
            }
        }
    }

    public IEnumerable<Seed> Seeds(string repository)
    {
        var images = DataFolder.Idx([2, 3, 3], Enumerable.Range(0, 18).Select(i => (byte)(i * 13)).ToArray());
        var labels = DataFolder.Idx([4], [0, 9, 3, 1]);
        yield return new Seed("images", images);
        yield return new Seed("labels", labels);
        yield return new Seed("images.gz", Gzip(images));
        yield return new Seed("labels.gz", Gzip(labels));
    }

    private static byte[] Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest)) zip.Write(content);
        return compressed.ToArray();
    }
}
